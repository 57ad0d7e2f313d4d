/**
 * The messages Apps Script throws, in one place, so tests and the emulator agree on the
 * exact text. Sources are named in README.md and next to each rule's test.
 */
export const MSG = {
  timeout: 'Exceeded maximum execution time',
  mailQuota: 'Service invoked too many times for one day: email.',
  lockTimeout:
    'Lock timeout: another process was holding the lock for too long.',
  rangeOutside:
    'The coordinates of the range are outside the dimensions of the sheet.',
  rowTooSmall: 'The starting row of the range is too small.',
  columnTooSmall: 'The starting column of the range is too small.',
  rowsAtLeastOne: 'The number of rows in the range must be at least 1.',
  columnsAtLeastOne: 'The number of columns in the range must be at least 1.',
  rowsMismatch: (data: number, range: number) =>
    `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`,
  columnsMismatch: (data: number, range: number) =>
    `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`,
  noPermission: (what: string) => `You do not have permission to call ${what}`,
  noPermissionScoped: (what: string, scope: string) =>
    `You do not have permission to call ${what}. Required permissions: ${scope}`,
  uiContext: (what: string) => `Cannot call ${what} from this context.`,
  tooManyTriggers:
    'This add-on has created too many time-based triggers in this document for this Google user account.',
  sheetExists: (name: string) =>
    `A sheet with the name "${name}" already exists. Please enter another name.`,
  invalidArgument: (what: string) => `Invalid argument: ${what}`,
  signature: (types: string, method: string) =>
    `The parameters (${types}) don't match the method signature for ${method}.`,
  validationViolated: (a1: string) =>
    `The data you entered in cell ${a1} violates the data validation rules set on this cell.`,
} as const;
