export { DEMO_PASSWORD, DEMO_BESTUUR, DEMO_SCHOOLS, DEMO_PEOPLE, type DemoSchool, type DemoPerson, type DemoPlace } from './people';
export { DEMO_SCRIPTS, type DemoScript, type ScriptEvent } from './scripts';
export { SeedClock } from './play';
export { DEMO_GROUP, type GroupMoment } from './group';
export { seedDemo, isEmptyDatabase, hasDemoAccounts, missingDemoTypes, type SeedOptions, type SeedResult } from './seed';
export { accountsTable, placeOf } from './table';
export { DEMO_TEMPLATE_HOURS, cachedDemoTemplate, demoSourcesKey, makeDemoTemplate } from './template';
