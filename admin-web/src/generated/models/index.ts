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
export * from './WorkAuthorship';
export * from './WorkDetail';
export * from './WorkEvent';
export * from './WorkField';
export * from './WorkFieldSource';
export * from './WorkMerge';
export * from './WorkSource';
export * from './WorkSourceReading';
export * from './WorkSplit';
export * from './WorkSummary';
export * from './WorkUndo';
