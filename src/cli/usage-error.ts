/** Input the command cannot work with at all (exit 2, one line on stderr). */
export class UsageError extends Error {}
