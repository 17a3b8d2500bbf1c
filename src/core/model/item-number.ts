// How people see a catalog item's id: the seeds number criteria and markers ("1", "1.2") without
// the letter the catalog ids carry ("k1", "k1.2"). Indicator ids ("2.c") are printed as they are.
export const itemNumber = (id: string) => id.replace(/^k/, '');
