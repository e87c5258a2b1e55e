/**
 * A room open around the clock, every day, without fees, whose requests need
 * approval: the tests and benchmarks that book at arbitrary times (the office
 * queue, mail delivery, the timeline) put it so that no opening hour or
 * notice rule refuses their requests.
 */
export interface OpenRoomOptions {
  name: string;
  /** The office contact, who gets the office notices. */
  contactEmail: string;
  description?: string;
  capacity?: number;
  maxAdvanceDays?: number;
}

export function openRoomInput(id: string, venueId: string, options: OpenRoomOptions) {
  return {
    id,
    venueId,
    name: options.name,
    description: { de: options.description ?? 'Ein Raum für Tests.' },
    capacity: options.capacity ?? 30,
    openingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '23:59' })),
    closures: [],
    bookingPolicy: { needsApproval: true, minNoticeHours: 0, maxAdvanceDays: options.maxAdvanceDays ?? 700, maxDurationMinutes: 240, bufferMinutes: 0 },
    fees: { standardEurPerHour: 0, rules: [] },
    houseRules: { de: 'Den Raum aufgeräumt verlassen.' },
    contactOffice: { name: 'Integrationsbüro', email: options.contactEmail },
  };
}
