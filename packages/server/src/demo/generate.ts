/**
 * A deterministic generator of large data sets for benchmarks: the same
 * options always give the same records. Names are combined from parts, codes
 * come from the demo taxonomies, and every record validates against the
 * contract's input schemas.
 */
import type { EventInput, FundingProgramInput, LocalizedTextInput, OrganizationInput } from '@teilhabe/contract';
import { demoBookings } from './events.js';
import type { DemoDataset } from './index.js';
import { AREA_CODES, AREAS, address } from './places.js';
import { demoRooms, demoVenues } from './rooms.js';
import { demoTaxonomies, taxonomyCodes } from './taxonomies.js';
import { demoTenant } from './tenant.js';
import { RRULE_DAYS, addDays, berlinDay, isoWeekday, localIso } from './time.js';

export interface ScaleOptions {
  organizations: number;
  events: number;
  fundingPrograms: number;
  today?: Date;
  /** Seed of the pseudo-random generator; 1 unless given. */
  seed?: number;
}

/** mulberry32: a small, fast, seedable PRNG. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const chance = (p: number) => next() < p;
  /** `n` distinct items (or all, if fewer). */
  const some = <T>(items: readonly T[], n: number): T[] => {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0] as T);
    return out;
  };
  return { next, int, pick, chance, some };
}

/** A slug from a German name: umlauts spelled out, everything else reduced to a-z0-9 and hyphens. */
export function slugify(text: string, maxLength = 60): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
}

/** Communities: adjective stem (German, English) and the languages they speak. */
const COMMUNITIES = [
  { de: 'Deutsch-Türkisch', en: 'German-Turkish', languages: ['tr', 'de'], locale: 'tr' },
  { de: 'Arabisch', en: 'Arab', languages: ['ar', 'de'], locale: 'ar' },
  { de: 'Syrisch-Deutsch', en: 'Syrian-German', languages: ['ar', 'ku', 'de'], locale: 'ar' },
  { de: 'Ukrainisch', en: 'Ukrainian', languages: ['uk', 'ru', 'de'], locale: 'uk' },
  { de: 'Russischsprachig', en: 'Russian-speaking', languages: ['ru', 'de'], locale: 'ru' },
  { de: 'Afghanisch', en: 'Afghan', languages: ['fa', 'ps', 'de'], locale: 'fa' },
  { de: 'Iranisch', en: 'Iranian', languages: ['fa', 'de'], locale: 'fa' },
  { de: 'Kurdisch', en: 'Kurdish', languages: ['ku', 'tr', 'ar', 'de'], locale: null },
  { de: 'Polnisch', en: 'Polish', languages: ['pl', 'de'], locale: null },
  { de: 'Rumänisch', en: 'Romanian', languages: ['ro', 'de'], locale: null },
  { de: 'Italienisch', en: 'Italian', languages: ['it', 'de'], locale: null },
  { de: 'Griechisch', en: 'Greek', languages: ['el', 'de'], locale: null },
  { de: 'Albanisch', en: 'Albanian', languages: ['sq', 'de'], locale: null },
  { de: 'Bosnisch', en: 'Bosnian', languages: ['bs', 'de'], locale: null },
  { de: 'Eritreisch', en: 'Eritrean', languages: ['ti', 'ar', 'de'], locale: null },
  { de: 'Somalisch', en: 'Somali', languages: ['so', 'ar', 'en', 'de'], locale: null },
  { de: 'Marokkanisch', en: 'Moroccan', languages: ['ar', 'fr', 'de'], locale: 'ar' },
  { de: 'Westafrikanisch', en: 'West African', languages: ['fr', 'en', 'wo', 'de'], locale: null },
  { de: 'Vietnamesisch', en: 'Vietnamese', languages: ['vi', 'de'], locale: null },
  { de: 'Tamilisch', en: 'Tamil', languages: ['ta', 'de'], locale: null },
  { de: 'Interkulturell', en: 'Intercultural', languages: ['de', 'en', 'tr', 'ar'], locale: 'en' },
] as const;

/** Organisation kinds: German noun with its grammatical gender, English noun, type code and typical offers/topics. */
const KINDS = [
  { de: 'Kulturverein', g: 'm', en: 'cultural association', type: 'cultural-association', topics: ['culture-intercultural', 'multilingualism'], offers: ['cultural-events', 'language-classes'] },
  { de: 'Heimatverein', g: 'm', en: 'regional association', type: 'regional-origin-association', topics: ['culture-intercultural', 'social-health-seniors'], offers: ['senior-meetings', 'cultural-events'] },
  { de: 'Sportverein', g: 'm', en: 'sports club', type: 'sports-club', topics: ['sport', 'youth-education'], offers: ['sports', 'youth-work'] },
  { de: 'Gemeinde', g: 'f', en: 'faith community', type: 'faith-community', topics: ['religion-interreligious', 'social-health-seniors'], offers: ['counselling', 'senior-meetings'] },
  { de: 'Jugendnetzwerk', g: 'n', en: 'youth network', type: 'post-migrant-organization', topics: ['anti-racism-democracy', 'society-politics'], offers: ['youth-work', 'cultural-events'] },
  { de: 'Hilfe-Initiative', g: 'f', en: 'help initiative', type: 'refugee-initiative', topics: ['refugees', 'social-health-seniors'], offers: ['translation-help', 'counselling'] },
  { de: 'Frauenverein', g: 'm', en: 'women’s association', type: 'women-organization', topics: ['gender-specific-work', 'social-health-seniors'], offers: ['women-groups', 'counselling'] },
  { de: 'Elternverein', g: 'm', en: 'parents’ association', type: 'parents-association', topics: ['youth-education', 'multilingualism'], offers: ['parents-seminars', 'homework-help'] },
  { de: 'Akademikerverein', g: 'm', en: 'academic association', type: 'academic-association', topics: ['labour-economy', 'youth-education'], offers: ['job-coaching', 'counselling'] },
  { de: 'Unternehmerverein', g: 'm', en: 'entrepreneurs’ association', type: 'entrepreneurs-association', topics: ['labour-economy'], offers: ['job-coaching'] },
  { de: 'Bildungswerk', g: 'n', en: 'education centre', type: 'education-provider', topics: ['youth-education', 'labour-economy'], offers: ['language-classes', 'job-coaching'] },
  { de: 'Jugendhilfe-Verein', g: 'm', en: 'youth-welfare association', type: 'youth-welfare-provider', topics: ['youth-education'], offers: ['youth-work', 'parents-seminars'] },
  { de: 'Entwicklungsinitiative', g: 'f', en: 'development initiative', type: 'development-cooperation-group', topics: ['development-cooperation'], offers: ['cultural-events'] },
  { de: 'Dachverband', g: 'm', en: 'umbrella association', type: 'umbrella', topics: ['association-support'], offers: ['counselling'] },
] as const;

const ENDINGS = { m: 'er', f: 'e', n: 'es' } as const;
const FIRST_NAMES = ['Aylin', 'Mehmet', 'Olena', 'Samir', 'Fatima', 'Reza', 'Katarzyna', 'Giorgos', 'Ioana', 'Arben', 'Yonas', 'Leila', 'Omar', 'Iryna', 'Hasan', 'Nadia', 'Tomasz', 'Mariam', 'Khaled', 'Elif'];
const LAST_NAMES = ['Yıldız', 'Haddad', 'Kovalenko', 'Ahmadi', 'Nowak', 'Papadopoulos', 'Popescu', 'Krasniqi', 'Tesfay', 'Karimi', 'Demir', 'Shevchenko', 'Al-Khatib', 'Murad', 'Kaya', 'Rahimi', 'Begović', 'Warsame', 'Nguyen', 'Mensah'];
const STREETS = ['Hauptstraße', 'Bahnhofstraße', 'Schulstraße', 'Gartenweg', 'Kirchplatz', 'Lindenallee', 'Mühlenweg', 'Rosenstraße', 'Am Markt', 'Bergstraße'];

function word(g: 'm' | 'f' | 'n', stem: string) {
  return `${stem}${ENDINGS[g]}`;
}

function generateOrganizations(count: number, r: ReturnType<typeof prng>): OrganizationInput[] {
  const topics = taxonomyCodes('topics');
  const offers = taxonomyCodes('offers');
  const out: OrganizationInput[] = [];
  const umbrellaIds: string[] = [];
  for (let i = 0; i < count; i++) {
    const community = r.pick(COMMUNITIES);
    // The first organisations include a few umbrellas so that members can point at them.
    const kind = i < Math.max(2, Math.ceil(count / 200)) ? KINDS[KINDS.length - 1]! : r.pick(KINDS.slice(0, -1));
    const area = r.pick(AREA_CODES);
    const town = AREAS[area].city;
    const name = `${word(kind.g, community.de)} ${kind.de} ${town}${r.chance(0.6) ? ' e.V.' : ''}`;
    const id = `${slugify(`${community.de} ${kind.de} ${town}`, 60)}-${i.toString(36)}`;
    if (kind.type === 'umbrella') umbrellaIds.push(id);
    const de = `${name} ist ein Treffpunkt für Menschen in ${town}. Wir bieten ${kind.offers.length} feste Angebote und arbeiten ehrenamtlich.`;
    const en = `${name} is a meeting place for people in ${town}. We run ${kind.offers.length} regular activities and are run by volunteers.`;
    const shortDescription: LocalizedTextInput = { de: `${kind.de} der ${community.de.toLowerCase()}en Community in ${town}.` };
    const description: LocalizedTextInput = { de };
    const translated = r.next();
    if (translated < 0.7) {
      shortDescription.en = `${community.en} ${kind.en} in ${town}.`;
      description.en = en;
    }
    const machineTranslated: Array<'en' | 'tr' | 'ar' | 'uk' | 'ru' | 'fa'> = [];
    if (community.locale && community.locale !== 'en' && translated < 0.4) {
      shortDescription[community.locale] = `${community.en} ${kind.en} — ${town}`;
      machineTranslated.push(community.locale);
    }
    const contacts: NonNullable<OrganizationInput['contacts']> = [];
    const nContacts = r.int(0, 3);
    for (let c = 0; c < nContacts; c++) {
      const first = r.pick(FIRST_NAMES);
      const last = r.pick(LAST_NAMES);
      contacts.push({
        name: `${first} ${last}`,
        topics: r.some(kind.topics, 1),
        languages: r.some(community.languages, 2),
        email: `${slugify(first)}.${slugify(last)}.${i.toString(36)}@example.org`,
        phone: `+49 2421 ${String(100000 + ((i * 7 + c) % 900000)).padStart(6, '0')}`,
        publicationConsent: r.chance(0.85),
      });
    }
    const umbrellas = kind.type !== 'umbrella' && umbrellaIds.length > 0 && r.chance(0.3) ? r.some(umbrellaIds, r.int(1, 2)) : [];
    out.push({
      id,
      name,
      shortDescription,
      description,
      machineTranslated,
      types: r.chance(0.2) ? [kind.type, 'cultural-association'].filter((t, k, a) => a.indexOf(t) === k) : [kind.type],
      topics: [...new Set([...kind.topics, ...r.some(topics, r.int(0, 3))])],
      languages: [...community.languages],
      areas: [...new Set([area, ...(r.chance(0.3) ? r.some(AREA_CODES, r.int(1, 3)) : [])])],
      offers: [...new Set([...kind.offers, ...r.some(offers, r.int(0, 2))])],
      address: r.chance(0.8) ? address(area, `${r.pick(STREETS)} ${r.int(1, 120)}`, i) : null,
      officeHours: r.chance(0.6) ? [{ weekday: r.int(1, 7), opens: `${r.int(14, 18)}:00`, closes: `${r.int(19, 21)}:30` }] : [],
      officeHoursNote: r.chance(0.3) ? { de: 'Nach Vereinbarung', en: 'By appointment' } : null,
      contacts,
      website: r.chance(0.5) ? `https://${id}.example.org` : null,
      email: r.chance(0.8) ? `info@${id}.example.org` : null,
      phone: null,
      social: [],
      hasOwnRooms: r.chance(0.3),
      umbrellaIds: umbrellas,
      nonProfit: r.chance(0.8),
      registeredAssociation: name.endsWith('e.V.'),
      youthWelfareProvider: kind.type === 'youth-welfare-provider',
      foundedYear: r.chance(0.9) ? r.int(1960, 2025) : null,
      verifiedAt: r.chance(0.8) ? localIso(berlinDay(new Date(Date.UTC(2026, 0, 1)), r.int(0, 300)), '10:00') : null,
    });
  }
  return out;
}

const EVENT_TITLES = [
  { de: 'Netzwerktreffen', en: 'Network meeting', format: 'network-meeting' },
  { de: 'Elternseminar', en: 'Parents’ seminar', format: 'workshop' },
  { de: 'Sprechstunde', en: 'Consultation hour', format: 'counselling-hour' },
  { de: 'Deutschkurs', en: 'German course', format: 'course' },
  { de: 'Kulturabend', en: 'Cultural evening', format: 'public-celebration' },
  { de: 'Info-Abend', en: 'Information evening', format: 'information-evening' },
  { de: 'Arbeitskreis', en: 'Working group', format: 'working-group' },
  { de: 'Fachtag', en: 'Conference', format: 'conference' },
  { de: 'Anhörung', en: 'Hearing', format: 'hearing' },
] as const;

function generateEvents(count: number, organizations: OrganizationInput[], today: Date, r: ReturnType<typeof prng>): EventInput[] {
  const base = berlinDay(today);
  const topics = taxonomyCodes('topics');
  const roomIds = demoRooms.map((room) => room.id);
  const out: EventInput[] = [];
  for (let i = 0; i < count; i++) {
    const t = r.pick(EVENT_TITLES);
    const organizer = organizations.length > 0 && r.chance(0.8) ? organizations[r.int(0, organizations.length - 1)]! : null;
    const area = r.pick(AREA_CODES);
    const day = addDays(base, r.int(0, 89));
    const startHour = r.int(9, 19);
    const from = `${String(startHour).padStart(2, '0')}:${r.pick(['00', '30'])}`;
    const to = `${String(startHour + r.int(1, 3)).padStart(2, '0')}:${from.slice(3)}`;
    const start = localIso(day, from);
    const end = localIso(day, to);
    let recurrence: EventInput['recurrence'] = null;
    if (r.chance(0.6)) {
      const n = r.int(6, 16);
      const exdates = r.chance(0.3) ? [localIso(addDays(day, 7 * r.int(1, n - 1)), from)] : [];
      recurrence = { rrule: `FREQ=WEEKLY;BYDAY=${RRULE_DAYS[isoWeekday(day)]};COUNT=${n}`, exdates };
    }
    const kind = r.pick(['room', 'room', 'address', 'online', 'hybrid'] as const);
    const location: EventInput['location'] =
      kind === 'room'
        ? { kind, roomId: r.pick(roomIds) }
        : kind === 'address'
          ? { kind, address: address(area, `${r.pick(STREETS)} ${r.int(1, 80)}`, i) }
          : kind === 'online'
            ? { kind, onlineUrl: `https://meet.example.org/e-${i.toString(36)}` }
            : { kind, roomId: r.pick(roomIds), onlineUrl: `https://meet.example.org/e-${i.toString(36)}` };
    const place = AREAS[area].city;
    const title: LocalizedTextInput = { de: `${t.de} ${place}` };
    if (r.chance(0.7)) title.en = `${t.en} ${place}`;
    out.push({
      id: `${slugify(`${t.de} ${place}`, 60)}-${i.toString(36)}`,
      title,
      summary: { de: `${t.de} in ${place}. Alle sind willkommen.`, ...(title.en ? { en: `${t.en} in ${place}. Everyone is welcome.` } : {}) },
      description: { de: `${t.de} in ${place}. Die Veranstaltung ist offen für alle Interessierten.` },
      start,
      end,
      recurrence,
      location,
      organizers: organizer ? [{ kind: 'organization', id: organizer.id }] : [{ kind: 'office', name: 'Integrationsbüro des Landkreises' }],
      cooperation: r.pick([null, 'municipal-with-mo', 'mo-with-municipal', 'joint'] as const),
      format: t.format,
      topics: r.some(topics, r.int(1, 3)),
      languages: organizer?.languages ? r.some(organizer.languages, 2) : ['de'],
      areas: [area],
      registration: r.chance(0.2) ? { required: true, email: 'anmeldung@example.org', capacity: r.int(10, 100) } : { required: false },
      price: r.chance(0.15) ? { free: false, amountEur: r.int(2, 30) } : { free: true },
      status: r.chance(0.05) ? 'cancelled' : r.chance(0.03) ? 'postponed' : 'scheduled',
    });
  }
  return out;
}

const PROVIDERS = [
  { name: 'Landkreis Musterkreis', level: 'district' },
  { name: 'Stadt Musterstadt', level: 'municipal' },
  { name: 'Stadt Neuhausen', level: 'municipal' },
  { name: 'Land Musterland (fiktiv)', level: 'state' },
  { name: 'Bundesprogramm (fiktiv)', level: 'federal' },
  { name: 'Europäische Union (fiktiv)', level: 'eu' },
  { name: 'Bürgerstiftung Musterkreis', level: 'foundation' },
] as const;
const PROGRAM_THEMES = [
  { de: 'Integrationsprojekte', en: 'integration projects', topic: 'culture-intercultural' },
  { de: 'Jugendarbeit', en: 'youth work', topic: 'youth-education' },
  { de: 'Demokratie', en: 'democracy', topic: 'anti-racism-democracy' },
  { de: 'Nachbarschaft', en: 'neighbourhood', topic: 'neighbourhood-development' },
  { de: 'Sport', en: 'sport', topic: 'sport' },
  { de: 'Frauenprojekte', en: 'women’s projects', topic: 'gender-specific-work' },
  { de: 'Mehrsprachigkeit', en: 'multilingualism', topic: 'multilingualism' },
  { de: 'Vereinsstrukturen', en: 'association structures', topic: 'association-support' },
] as const;
const SUPPORT_BY_KIND: Record<string, 'money' | 'room' | 'counselling' | 'qualification'> = {
  'non-cash-rooms': 'room',
  'non-cash-counselling': 'counselling',
  'non-cash-qualification': 'qualification',
};

function generateFundingPrograms(count: number, r: ReturnType<typeof prng>): FundingProgramInput[] {
  const kinds = taxonomyCodes('funding-kinds');
  const applicants = taxonomyCodes('applicant-kinds');
  const year = new Date().getFullYear();
  const out: FundingProgramInput[] = [];
  for (let i = 0; i < count; i++) {
    const provider = r.pick(PROVIDERS);
    const theme = r.pick(PROGRAM_THEMES);
    const kind = r.pick(kinds);
    const money = !(kind in SUPPORT_BY_KIND);
    const max = kind === 'micro-grant' ? r.int(5, 20) * 100 : r.int(5, 50) * 1000;
    const deadlineKind = r.pick(['rolling', 'fixed', 'yearly'] as const);
    const deadlines: FundingProgramInput['deadlines'] =
      deadlineKind === 'rolling'
        ? { kind: 'rolling' }
        : deadlineKind === 'fixed'
          ? { kind: 'fixed', dates: [`${year + r.int(-1, 1)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`] }
          : { kind: 'yearly', monthDays: [`${String(r.int(1, 12)).padStart(2, '0')}-${r.pick(['15', '28'])}`] };
    const title: LocalizedTextInput = { de: `${provider.name}: Förderung ${theme.de}` };
    if (r.chance(0.75)) title.en = `${provider.name}: funding for ${theme.en}`;
    out.push({
      id: `${slugify(`${provider.name} ${theme.de}`, 60)}-${i.toString(36)}`,
      title,
      summary: { de: `Förderung für ${theme.de} (${provider.level}).`, ...(title.en ? { en: `Funding for ${theme.en}.` } : {}) },
      description: { de: `${provider.name} fördert ${theme.de}. Anträge stellen können die genannten Antragsberechtigten.` },
      provider: { name: provider.name, level: provider.level },
      kinds: [kind],
      supportTypes: [SUPPORT_BY_KIND[kind] ?? 'money'],
      topics: [theme.topic],
      eligibleApplicants: r.some(applicants, r.int(1, 4)),
      requirements: {
        seatInAreas: provider.level === 'district' || provider.level === 'municipal' ? r.some(AREA_CODES, r.int(1, 8)) : [],
        nonProfitRequired: r.chance(0.5),
        ownContributionPercent: r.pick([0, 0, 5, 10, 20]),
        notes: null,
      },
      amount: money ? { minEur: Math.round(max / 4), maxEur: max } : null,
      deadlines,
      applicationSteps: [{ de: 'Antrag ausfüllen', en: 'Fill in the application' }, { de: 'Antrag einreichen', en: 'Submit the application' }, { de: 'Bescheid abwarten' }],
      requiredDocuments: [{ de: 'Antragsformular', en: 'Application form' }, { de: 'Finanzplan' }, { de: 'Satzung' }],
      office: { name: `Förderstelle ${provider.name}`, email: `foerderung-${i.toString(36)}@example.de` },
      links: [{ kind: 'info', label: { de: 'Mehr erfahren' }, url: `https://foerderung.example.de/p/${i.toString(36)}` }],
      status: deadlineKind === 'rolling' ? 'open' : r.pick(['open', 'upcoming', 'closed'] as const),
    });
  }
  return out;
}

/**
 * A large data set of the same shape as `demoDataset`. With
 * `{ organizations: 10_000, events: 7_500, fundingPrograms: 500 }` the events
 * expand to roughly 50,000 occurrences (60 % are weekly series of 6–16 dates).
 */
export function generateScaledDataset(options: ScaleOptions): DemoDataset {
  const today = options.today ?? new Date();
  const r = prng(options.seed ?? 1);
  const organizations = generateOrganizations(options.organizations, r);
  return {
    tenant: demoTenant,
    taxonomies: demoTaxonomies,
    organizations,
    venues: demoVenues,
    rooms: demoRooms,
    events: generateEvents(options.events, organizations, today, r),
    bookings: demoBookings(today),
    fundingPrograms: generateFundingPrograms(options.fundingPrograms, r),
  };
}
