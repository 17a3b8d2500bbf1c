// Typed errors with codes: the web layer maps codes to HTTP statuses and Danish pages,
// the API returns them as JSON, tests assert on the code.
export type ServiceErrorCode = 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'invalid' | 'rate_limited';

export type FieldIssue = { field: string; message: string };

export class ServiceError extends Error {
  constructor(
    readonly code: ServiceErrorCode,
    message: string,
    readonly fields: FieldIssue[] = [],
  ) {
    super(message);
  }
}

export const forbidden = (message = 'Du har ikke adgang til dette.') => new ServiceError('forbidden', message);
export const notFound = (what: string) => new ServiceError('not_found', `${what} findes ikke.`);
export const conflict = (message: string) => new ServiceError('conflict', message);
export const invalid = (fields: FieldIssue[], message = 'Oplysningerne er ikke gyldige.') => new ServiceError('invalid', message, fields);
