export { firstDifference, pointerSegment } from './diff';
export { replayTrajectory, type ReplayDifference } from './replay';
export { verifyStore, type VerifyFinding, type VerifySummary, type VerifyOptions } from './verify';
