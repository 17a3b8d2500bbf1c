// A catalog refused at start: its content differs from what the database recorded for the same
// model version. The message names the model and version and what to do.
export class ChangedModelVersion extends Error {}
