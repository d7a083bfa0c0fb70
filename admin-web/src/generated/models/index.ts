/* tslint:disable */
/* eslint-disable */
export * from './Decision';
export * from './ImportBatch';
export * from './ImportFile';
export * from './ImportProblem';
export * from './Person';
export * from './PipelineRun';
export * from './Problem';
export * from './RecordedDecision';
export * from './TablePage';
export * from './TableRow';
export * from './Unit';
export * from './UnitName';
