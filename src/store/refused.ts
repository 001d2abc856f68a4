/** Why the streaming path gave a file up (the whole-file loader then takes it, and says what is wrong). */
export class Refused extends Error {}
