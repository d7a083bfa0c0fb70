/* tslint:disable */
/* eslint-disable */
export * from './AccountsApi';
export * from './AuthApi';
export * from './DashboardApi';
export * from './DecisionsApi';
export * from './DictionaryApi';
export * from './DirectoryApi';
export * from './ImportsApi';
export * from './IndexingApi';
export * from './ListsApi';
export * from './MeApi';
export * from './PeopleApi';
export * from './PipelineApi';
export * from './ReviewApi';
export * from './SnapshotsApi';
export * from './SsoApi';
export * from './TableApi';
export * from './TokensApi';
export * from './UnitsApi';
export * from './WorksApi';
