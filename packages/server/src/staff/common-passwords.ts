/**
 * Passwords of 12 characters or more that lists of leaked passwords show
 * again and again, in German and English. A short list by design: length does
 * most of the work; this only stops the obvious.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  '123456789012', '1234567890123', '12345678901234', '123456789abc', '1q2w3e4r5t6y', 'qwertyuiopas', 'qwertzuiopü+', 'qwertzuiop12',
  'qwertyuiop12', 'qwerty123456', 'qwertz123456', 'asdfghjkl123', 'password1234', 'password12345', 'password123!', 'passwort1234',
  'passwort12345', 'passwort123!', 'hallohallo12', 'hallo1234567', 'willkommen12', 'willkommen123', 'welcome12345', 'welcome123!!',
  'letmein12345', 'iloveyou1234', 'ichliebedich', 'ichliebedich1', 'schalke04schalke', 'borussia1909', 'fussball1234', 'football1234',
  'sommer2024!!', 'sommer2025!!', 'sommer2026!!', 'winter2024!!', 'winter2025!!', 'winter2026!!', 'frühling2026', 'herbst2026!!',
  'integration1', 'integration2026', 'integration123', 'integrationsbuero', 'integrationsbüro', 'rathaus12345', 'verwaltung12',
  'verwaltung123', 'stadtverwaltung', 'landkreis123', 'kommune12345', 'administrator', 'administrator1', 'adminadmin12', 'admin1234567',
  'changeme1234', 'geheim123456', 'geheimgeheim', 'passwortpasswort', 'passwordpassword', 'abcdefghijkl', 'abcdef123456', 'abc123456789',
  'zaq12wsxcde3', '1qaz2wsx3edc', 'trustno1trustno1', 'starwars1234', 'superman1234', 'dragon123456', 'monkey123456', 'sunshine1234',
  'princess1234', 'shadow123456', 'master123456', 'michael12345', 'jennifer1234', 'hunter123456', 'baseball1234', 'computer1234',
  'internet1234', 'deutschland1', 'deutschland12', 'deutschland123', 'berlin123456', 'hamburg12345', 'muenchen1234', 'teilhabe1234',
]);
