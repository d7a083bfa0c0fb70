/* tslint:disable */
/* eslint-disable */
export * from './DecisionsApi';
export * from './DirectoryApi';
export * from './ImportsApi';
export * from './ListsApi';
export * from './PeopleApi';
export * from './PipelineApi';
export * from './ReviewApi';
export * from './SnapshotsApi';
export * from './TableApi';
export * from './UnitsApi';
export * from './WorksApi';
