// The password rule for every password a person chooses or an administrator sets: at least 12
// characters, not the username, not one of the passwords attackers try first.
const MIN_LENGTH = 12;
const MAX_LENGTH = 200;

// Common choices of 12 characters or more (lists of leaked passwords, Danish and English),
// compared without case and without spaces.
const COMMON = new Set([
  '123456789012', '1234567890123', '12345678901234', '123456123456', '111111111111', '000000000000',
  'password1234', 'password12345', 'passwordpassword', 'password123!', 'qwertyuiop12', 'qwertyuiopå',
  'qwerty123456', 'adgangskode12', 'adgangskode123', 'adgangskode1234', 'kodeord12345', 'kodeord123456',
  'sommer2024!!', 'sommer202424', 'vinter2024!!', 'efteraar2024', 'foraar2024!!', 'velkommen123', 'velkommen1234',
  'danmark12345', 'danmark123456', 'socialtilsyn', 'socialtilsyn1', 'socialtilsyn123', 'tilsyntilsyn', 'iloveyou1234',
]);

/** The Danish reason a password may not be used, or null when it may. */
export function passwordProblem(password: string, username: string): string | null {
  if (password.length < MIN_LENGTH) return `Adgangskoden skal være mindst ${MIN_LENGTH} tegn.`;
  if (password.length > MAX_LENGTH) return `Adgangskoden må højst være ${MAX_LENGTH} tegn.`;
  const plain = password.toLowerCase().replace(/\s+/g, '');
  if (plain === username.toLowerCase()) return 'Adgangskoden må ikke være brugernavnet.';
  if (COMMON.has(plain)) return 'Adgangskoden er for almindelig; vælg en, der er sværere at gætte.';
  return null;
}
