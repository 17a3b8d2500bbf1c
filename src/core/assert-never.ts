// The end of an exhaustive switch over a union (a model kind, say): a new member that a switch
// does not handle is a compile error there, and a value that slips past the types at run time
// is an error instead of a silent fall-through.
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
