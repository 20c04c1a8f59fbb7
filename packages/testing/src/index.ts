export { POSTGRES_URL, DATABASES, forEachDatabase, postgresAvailable, type TestDatabase } from './databases';
export { freePort, startServer, stopServer, type ServerProcess } from './server-process';
export { nestedStates } from './large-definitions';
export { publishShipped } from './published';
export { ROOT, fixtureDefinition, loadFixture, readTree, variant } from './tree';
export { dueTimers, WEKKER } from './due-timers';
export { apiToken, childProcesses, processAlive, until } from './processes';
