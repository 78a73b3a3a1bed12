// An export job's statuses (SageMaker's ModelCardExportJobStatus): one list for the browser, the services, the database enum and the SageMaker API.
export const EXPORT_JOB_STATUSES = ['InProgress', 'Completed', 'Failed'] as const;
export type TExportJobStatus = (typeof EXPORT_JOB_STATUSES)[number];
