/* Generated from packages/contract/openapi.json by `npm run openapi`. Do not edit. */
export interface paths {
    "/v1/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The municipalities and districts this server holds data for */
        get: operations["listTenants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/taxonomies/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The terms of one taxonomy with labels in the requested locale */
        get: operations["getTaxonomy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the directory of migrant organisations
         * @description Codes within one filter are alternatives (any of them); different filters must all hold. `meta.facets` counts each code under the other active filters.
         */
        get: operations["listOrganizations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One organisation with contacts, offers and umbrella memberships */
        get: operations["getOrganization"];
        /** Create or replace an organisation */
        put: operations["putOrganization"];
        post?: never;
        /** Remove an organisation */
        delete: operations["deleteOrganization"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/rooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find rooms, optionally only those free in a date range and daily time window
         * @description With `freeFrom` (and optionally `freeTo`, `freeStart`, `freeEnd`, `freeWeekdays`) only rooms are listed that are open and not booked for the whole time window on at least one of the days.
         */
        get: operations["listRooms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/rooms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One room with opening hours, closures, rules and fees */
        get: operations["getRoom"];
        /** Create or replace a room */
        put: operations["putRoom"];
        post?: never;
        /** Remove a room */
        delete: operations["deleteRoom"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/rooms/{id}/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Busy times and opening hours of a room; never who booked */
        get: operations["getRoomAvailability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/venues/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Create or replace a venue (a building with rooms) */
        put: operations["putVenue"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for a room (public; no account needed)
         * @description Send an `Idempotency-Key` header: a repeated request with the same key returns the first answer and never books twice. A conflict (409) lists the taken times in `conflicts` and the nearest free times in `alternatives`. `locale` (else `Accept-Language`) is the language of the mails to the requester.
         */
        post: operations["createBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/bookings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** See a booking with its secret token (or an editor token) */
        get: operations["getBooking"];
        put?: never;
        post?: never;
        /** Cancel a booking with its secret token (or an editor token) */
        delete: operations["cancelBooking"];
        options?: never;
        head?: never;
        /** Approve or decline a request (editor) */
        patch: operations["decideBooking"];
        trace?: never;
    };
    "/v1/{tenant}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Event occurrences in a time window; recurring events are expanded */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One event (or series) with all details */
        get: operations["getEvent"];
        /** Create or replace an event */
        put: operations["putEvent"];
        post?: never;
        /** Remove an event */
        delete: operations["deleteEvent"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/events.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** iCalendar feed of the events that match the filters, in one language */
        get: operations["eventsFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/funding-programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Browse and search funding programmes and non-cash support */
        get: operations["listFundingPrograms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/funding-programs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One programme with steps, documents and the responsible office */
        get: operations["getFundingProgram"];
        /** Create or replace a funding programme */
        put: operations["putFundingProgram"];
        post?: never;
        /** Remove a funding programme */
        delete: operations["deleteFundingProgram"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/funding-programs/match": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rank every programme against an applicant profile, with a verdict per criterion
         * @description Nothing of the profile is stored or logged.
         */
        post: operations["matchFundingPrograms"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/funding-programs.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** iCalendar feed of the deadlines of the programmes that match the filters */
        get: operations["fundingDeadlinesFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Mails of the outbox, e.g. the failed ones (staff: bookings, admin)
         * @description Mails are sent by a worker with retries; a mail that could not be sent for a day is `failed` and waits here.
         */
        get: operations["listOutbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/outbox/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a failed mail again (staff: bookings, admin) */
        post: operations["retryOutboxMail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Tenant: {
            id: string;
            name: string;
            defaultLocale: components["schemas"]["Locale"];
            locales: components["schemas"]["Locale"][];
            /** @example Europe/Berlin */
            timeZone: string;
        };
        /**
         * @description A content or UI locale. German (`de`) is the source language of every tenant.
         * @enum {string}
         */
        Locale: "de" | "en" | "tr" | "ar" | "uk" | "ru" | "fa";
        TaxonomyTermList: {
            data: components["schemas"]["TaxonomyTerm"][];
            meta: components["schemas"]["ListMeta"];
        };
        TaxonomyTerm: {
            /** @example youth-education */
            code: string;
            label: string;
            translation: components["schemas"]["Translation"];
        };
        Translation: {
            locale: components["schemas"]["Locale"] & unknown;
            /** @description Field path → the locale its text came from, for each field that fell back. */
            fallbacks: {
                [key: string]: components["schemas"]["Locale"];
            };
            /** @description Field paths whose text in the requested locale was machine-translated. */
            machineTranslated: string[];
        };
        ListMeta: {
            /** @description Number of records that match, across all pages. */
            total: number;
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
            /** @description For each filter, how many matching records carry each code. */
            facets?: {
                [key: string]: components["schemas"]["FacetCount"][];
            };
            locale: components["schemas"]["Locale"];
        };
        FacetCount: {
            code: string;
            count: number;
        };
        Problem: {
            /**
             * @description A relative URI; the landing page lists every type.
             * @example /problems/validation
             */
            type: string;
            title: string;
            status: number;
            detail?: string;
            instance?: string;
            requestId?: string;
            /** @description One entry per invalid field; `path` is dotted (e.g. `requester.email`). */
            errors?: {
                path: string;
                code: string;
                message: string;
            }[];
        } & {
            [key: string]: unknown;
        };
        /** @enum {string} */
        TaxonomyName: "topics" | "organization-types" | "offers" | "equipment" | "accessibility" | "event-formats" | "funding-kinds" | "applicant-kinds" | "areas";
        OrganizationList: {
            data: components["schemas"]["OrganizationSummary"][];
            meta: components["schemas"]["ListMeta"];
        };
        OrganizationSummary: {
            /** @example kulturverein-anadolu */
            id: string;
            /** @example Deutsch-Türkischer Kulturverein Musterstadt e.V. */
            name: string;
            shortDescription: string;
            /** @description Codes of `/taxonomies/organization-types`. */
            types: string[];
            /** @description Codes of `/taxonomies/topics`. */
            topics: string[];
            /** @description Languages spoken in the organisation. */
            languages: string[];
            /** @description Areas served, codes of `/taxonomies/areas`. */
            areas: string[];
            /** @description Codes of `/taxonomies/offers`. */
            offers: string[];
            /**
             * Format: date-time
             * @example 2026-12-03T18:00:00+01:00
             */
            updatedAt: string;
            /**
             * Format: date-time
             * @description When the office last confirmed the record.
             * @example 2026-12-03T18:00:00+01:00
             */
            verifiedAt: string | null;
            translation: components["schemas"]["Translation"];
        };
        OrganizationResponse: {
            data: components["schemas"]["Organization"];
        };
        Organization: {
            /** @example kulturverein-anadolu */
            id: string;
            /** @example Deutsch-Türkischer Kulturverein Musterstadt e.V. */
            name: string;
            shortDescription: string;
            /** @description Codes of `/taxonomies/organization-types`. */
            types: string[];
            /** @description Codes of `/taxonomies/topics`. */
            topics: string[];
            /** @description Languages spoken in the organisation. */
            languages: string[];
            /** @description Areas served, codes of `/taxonomies/areas`. */
            areas: string[];
            /** @description Codes of `/taxonomies/offers`. */
            offers: string[];
            /**
             * Format: date-time
             * @example 2026-12-03T18:00:00+01:00
             */
            updatedAt: string;
            /**
             * Format: date-time
             * @description When the office last confirmed the record.
             * @example 2026-12-03T18:00:00+01:00
             */
            verifiedAt: string | null;
            translation: components["schemas"]["Translation"];
            description: string;
            address: components["schemas"]["Address"] | null;
            officeHours: components["schemas"]["OpeningHours"];
            /** @description For example "nach Vereinbarung". */
            officeHoursNote: string | null;
            /** @description Only contact persons who consented to publication. */
            contacts: components["schemas"]["ContactPerson"][];
            /**
             * Format: uri
             * @example https://example.org/verein
             */
            website: string | null;
            /**
             * Format: email
             * @example kontakt@example.org
             */
            email: string | null;
            /** @example +49 2421 123456 */
            phone: string | null;
            social: components["schemas"]["SocialLink"][];
            hasOwnRooms: boolean;
            /** @description Umbrella organisations this one is a member of. */
            umbrellas: components["schemas"]["OrganizationRef"][];
            /** @description Member organisations, if this one is an umbrella. */
            members: components["schemas"]["OrganizationRef"][];
            nonProfit: boolean;
            registeredAssociation: boolean;
            youthWelfareProvider: boolean;
            foundedYear: number | null;
        };
        Address: {
            street: string;
            postalCode: string;
            city: string;
            /**
             * @description Area (town) of the tenant, from `/taxonomies/areas`.
             * @example youth-education
             */
            area?: string;
            latitude?: number;
            longitude?: number;
        };
        /** @description Weekly hours in the tenant time zone (Europe/Berlin). */
        OpeningHours: {
            /** @description ISO weekday, 1 = Monday … 7 = Sunday */
            weekday: number;
            /** @example 18:00 */
            opens: string;
            /** @example 18:00 */
            closes: string;
        }[];
        ContactPerson: {
            name: string;
            role?: string;
            topics: string[];
            languages: string[];
            /**
             * Format: email
             * @example kontakt@example.org
             */
            email?: string;
            /** @example +49 2421 123456 */
            phone?: string;
        };
        SocialLink: {
            /** @enum {string} */
            kind: "facebook" | "instagram" | "youtube" | "mastodon" | "tiktok" | "x" | "linkedin" | "other";
            /**
             * Format: uri
             * @example https://example.org/verein
             */
            url: string;
        };
        OrganizationRef: {
            /** @example kulturverein-anadolu */
            id: string;
            name: string;
        };
        OrganizationWritten: {
            data: components["schemas"]["Organization"];
        };
        OrganizationInput: {
            /** @example kulturverein-anadolu */
            id: string;
            name: string;
            shortDescription: components["schemas"]["LocalizedTextInput"];
            description: components["schemas"]["LocalizedTextInput"];
            /**
             * @description Locales whose texts in this record were machine-translated.
             * @default []
             */
            machineTranslated?: components["schemas"]["Locale"][];
            types: string[];
            /** @default [] */
            topics?: string[];
            /** @default [] */
            languages?: string[];
            /** @default [] */
            areas?: string[];
            /** @default [] */
            offers?: string[];
            /** @default null */
            address?: components["schemas"]["Address"] | null;
            officeHours?: components["schemas"]["OpeningHours"];
            /** @default null */
            officeHoursNote?: components["schemas"]["LocalizedTextInput"] | null;
            /** @default [] */
            contacts?: components["schemas"]["ContactPersonInput"][];
            /**
             * Format: uri
             * @default null
             * @example https://example.org/verein
             */
            website?: string | null;
            /**
             * Format: email
             * @default null
             * @example kontakt@example.org
             */
            email?: string | null;
            /**
             * @default null
             * @example +49 2421 123456
             */
            phone?: string | null;
            /** @default [] */
            social?: components["schemas"]["SocialLink"][];
            /** @default false */
            hasOwnRooms?: boolean;
            /**
             * @description Ids of umbrella organisations.
             * @default []
             */
            umbrellaIds?: string[];
            /** @default false */
            nonProfit?: boolean;
            /** @default false */
            registeredAssociation?: boolean;
            /** @default false */
            youthWelfareProvider?: boolean;
            /** @default null */
            foundedYear?: number | null;
            /**
             * Format: date-time
             * @default null
             * @example 2026-12-03T18:00:00+01:00
             */
            verifiedAt?: string | null;
        };
        /**
         * @description A text per locale. `de` is required; a missing locale falls back to `de` when read.
         * @example {
         *       "de": "Hausaufgabenhilfe für Kinder",
         *       "en": "Homework help for children"
         *     }
         */
        LocalizedTextInput: {
            de: string;
            en?: string;
            tr?: string;
            ar?: string;
            uk?: string;
            ru?: string;
            fa?: string;
        };
        ContactPersonInput: {
            name: string;
            role?: components["schemas"]["LocalizedTextInput"];
            /** @default [] */
            topics?: string[];
            /** @default [] */
            languages?: string[];
            /**
             * Format: email
             * @example kontakt@example.org
             */
            email?: string;
            /** @example +49 2421 123456 */
            phone?: string;
            /** @description Without consent the person is never published. */
            publicationConsent: boolean;
        };
        RoomList: {
            data: components["schemas"]["RoomSummary"][];
            meta: components["schemas"]["ListMeta"];
        };
        RoomSummary: {
            /** @example kulturverein-anadolu */
            id: string;
            name: string;
            venue: components["schemas"]["VenueRef"];
            capacity: number;
            sizeSqm: number | null;
            equipment: string[];
            accessibility: string[];
            fees: components["schemas"]["Fees"];
            bookingPolicy: components["schemas"]["BookingPolicy"];
            translation: components["schemas"]["Translation"];
        };
        VenueRef: {
            /** @example kulturverein-anadolu */
            id: string;
            name: string;
            address: components["schemas"]["Address"];
            accessibilityNote: string | null;
        };
        Fees: {
            standardEurPerHour: number;
            /** @description The first rule naming the applicant kind applies. */
            rules: components["schemas"]["FeeRule"][];
        };
        FeeRule: {
            applicantKinds: string[];
            /** @description 0 means free of charge. */
            eurPerHour: number;
        };
        BookingPolicy: {
            /** @description If true, a request waits for the office; if false it is booked at once. */
            needsApproval: boolean;
            minNoticeHours: number;
            maxAdvanceDays: number;
            maxDurationMinutes: number;
            /** @description Time kept free after each booking. */
            bufferMinutes: number;
            /** @description Defaults to the capacity. */
            maxAttendees?: number;
        };
        RoomResponse: {
            data: components["schemas"]["Room"];
        };
        Room: {
            /** @example kulturverein-anadolu */
            id: string;
            name: string;
            venue: components["schemas"]["VenueRef"];
            capacity: number;
            sizeSqm: number | null;
            equipment: string[];
            accessibility: string[];
            fees: components["schemas"]["Fees"];
            bookingPolicy: components["schemas"]["BookingPolicy"];
            translation: components["schemas"]["Translation"];
            description: string;
            openingHours: components["schemas"]["OpeningHours"];
            closures: components["schemas"]["Closure"][];
            houseRules: string;
            contactOffice: components["schemas"]["ContactOffice"];
            photos: {
                /**
                 * Format: uri
                 * @example https://example.org/verein
                 */
                url: string;
                alt: string;
            }[];
        };
        Closure: {
            /**
             * Format: date
             * @example 2026-12-03
             */
            from: string;
            /**
             * Format: date
             * @example 2026-12-03
             */
            to: string;
            reason: string | null;
        };
        ContactOffice: {
            name: string;
            /**
             * Format: email
             * @example kontakt@example.org
             */
            email?: string;
            /** @example +49 2421 123456 */
            phone?: string;
        };
        AvailabilityResponse: {
            data: components["schemas"]["Availability"];
        };
        Availability: {
            /** @example kulturverein-anadolu */
            roomId: string;
            /**
             * Format: date-time
             * @example 2026-12-03T18:00:00+01:00
             */
            from: string;
            /**
             * Format: date-time
             * @example 2026-12-03T18:00:00+01:00
             */
            to: string;
            timeZone: string;
            openingHours: {
                /**
                 * Format: date
                 * @example 2026-12-03
                 */
                date: string;
                /** @example 18:00 */
                opens: string;
                /** @example 18:00 */
                closes: string;
            }[];
            busy: components["schemas"]["BusyInterval"][];
            bookingPolicy: components["schemas"]["BookingPolicy"];
        };
        /** @description A busy time. It never says who booked. */
        BusyInterval: {
            /**
             * Format: date-time
             * @example 2026-12-03T18:00:00+01:00
             */
            start: string;
            /**
             * Format: date-time
             * @example 2026-12-03T18:00:00+01:00
             */
            end: string;
            /**
             * @description `booked`: confirmed; `requested`: waiting for approval; `closed`: the room is closed.
             * @enum {string}
             */
            kind: "booked" | "requested" | "closed";
        };
        VenueInput: {
            /** @example kulturverein-anadolu */
            id: string;
            name: string;
            address: components["schemas"]["Address"];
            /** @default null */
            accessibilityNote?: components["schemas"]["LocalizedTextInput"] | null;
        };
        RoomWritten: {
            data: components["schemas"]["Room"];
        };
        RoomInput: {
            /** @example kulturverein-anadolu */
            id: string;
            /** @example kulturverein-anadolu */
            venueId: string;
            name: string;
            description: components["schemas"]["LocalizedTextInput"];
            /**
             * @description Locales whose texts in this record were machine-translated.
             * @default []
             */
            machineTranslated?: components["schemas"]["Locale"][];
            capacity: number;
            /** @default null */
            sizeSqm?: number | null;
            /** @default [] */
            equipment?: string[];
            /** @default [] */
            accessibility?: string[];
            openingHours: components["schemas"]["OpeningHours"];
            /** @default [] */
            closures?: {
                /**
                 * Format: date
                 * @example 2026-12-03
                 */
                from: string;
                /**
                 * Format: date
                 * @example 2026-12-03
                 */
                to: string;
                /** @default null */
                reason?: components["schemas"]["LocalizedTextInput"] | null;
            }[];
            bookingPolicy: components["schemas"]["BookingPolicy"];
            fees: components["schemas"]["Fees"];
            houseRules: components["schemas"]["LocalizedTextInput"];
            contactOffice: components["schemas"]["ContactOffice"];
            /** @default [] */
            photos?: {
                /**
                 * Format: uri
                 * @example https://example.org/verein
                 */
                url: string;
                alt: components["schemas"]["LocalizedTextInput"];
            }[];
        };
        BookingCreated: {
            data: components["schemas"]["Booking"];
            /** @description Secret link to view or cancel the booking. Keep it private. */
            manageUrl: string;
            manageToken: string;
            /** @description Whether this server e-mails the requester (a receipt with `manageUrl` now, the decision later). When false, no e-mail comes: the person must keep `manageUrl` to see the decision. */
            emailNotifications: boolean;
        };
        Booking: {
            id: string;
            /** @example kulturverein-anadolu */
            roomId: string;
            roomName: string;
            venueName: string;
            status: components["schemas"]["BookingStatus"];
            /**
             * Format: date-time
             * @example 2026-12-03T18:00:00+01:00
             */
            start: string;
            /**
             * Format: date-time
             * @example 2026-12-03T18:00:00+01:00
             */
            end: string;
            recurrence: components["schemas"]["BookingRecurrence"] | null;
            occurrences: components["schemas"]["BookingOccurrence"][];
            purpose: string;
            expectedAttendees: number;
            requester: components["schemas"]["Requester"];
            isPublic: boolean;
            /**
             * Format: date-time
             * @example 2026-12-03T18:00:00+01:00
             */
            createdAt: string;
            feeEurPerHour: number | null;
        };
        /** @enum {string} */
        BookingStatus: "requested" | "confirmed" | "declined" | "cancelled";
        BookingRecurrence: {
            /** @enum {string} */
            frequency: "weekly" | "biweekly";
            /**
             * Format: date
             * @description Last day of the series (inclusive).
             * @example 2026-12-03
             */
            until: string;
        };
        BookingOccurrence: {
            /**
             * Format: date-time
             * @example 2026-12-03T18:00:00+01:00
             */
            start: string;
            /**
             * Format: date-time
             * @example 2026-12-03T18:00:00+01:00
             */
            end: string;
            status: components["schemas"]["BookingStatus"];
        };
        Requester: {
            /**
             * @description The organisation from the directory, if any.
             * @example kulturverein-anadolu
             */
            organizationId?: string;
            organizationName?: string;
            /** @description Code of `/taxonomies/applicant-kinds`, for the fee. */
            applicantKind?: string;
            name: string;
            /**
             * Format: email
             * @example kontakt@example.org
             */
            email: string;
            /** @example +49 2421 123456 */
            phone?: string;
        };
        BookingConflictProblem: components["schemas"]["Problem"] & ({
            /** @description The requested times that are taken. */
            conflicts?: {
                /**
                 * Format: date-time
                 * @example 2026-12-03T18:00:00+01:00
                 */
                start: string;
                /**
                 * Format: date-time
                 * @example 2026-12-03T18:00:00+01:00
                 */
                end: string;
            }[];
            /** @description Nearest free times: same room first, then comparable rooms. */
            alternatives?: components["schemas"]["ConflictAlternative"][];
        } & {
            [key: string]: unknown;
        });
        ConflictAlternative: {
            /** @example kulturverein-anadolu */
            roomId: string;
            roomName: string;
            /**
             * Format: date-time
             * @example 2026-12-03T18:00:00+01:00
             */
            start: string;
            /**
             * Format: date-time
             * @example 2026-12-03T18:00:00+01:00
             */
            end: string;
        };
        BookingRequestInput: {
            /** @example kulturverein-anadolu */
            roomId: string;
            /**
             * Format: date-time
             * @example 2026-12-03T18:00:00+01:00
             */
            start: string;
            /**
             * Format: date-time
             * @example 2026-12-03T18:00:00+01:00
             */
            end: string;
            recurrence?: components["schemas"]["BookingRecurrence"];
            /**
             * @description Dates of a series to leave out, e.g. the ones that conflict.
             * @default []
             */
            excludeDates?: string[];
            purpose: string;
            expectedAttendees: number;
            requester: components["schemas"]["Requester"];
            /** @description Public events may be shown in the calendar. */
            isPublic: boolean;
            /** @enum {boolean} */
            acceptHouseRules: true;
        };
        BookingResponse: {
            data: components["schemas"]["Booking"];
        };
        BookingCancelled: {
            data: components["schemas"]["Booking"];
        };
        BookingDecided: {
            data: components["schemas"]["Booking"];
        };
        BookingDecision: {
            /** @enum {string} */
            status: "confirmed" | "declined";
            note?: string;
        };
        EventOccurrenceList: {
            data: components["schemas"]["EventOccurrence"][];
            meta: components["schemas"]["ListMeta"];
        };
        EventOccurrence: {
            /** @example kulturverein-anadolu */
            id: string;
            title: string;
            summary: string;
            /**
             * Format: date-time
             * @example 2026-12-03T18:00:00+01:00
             */
            start: string;
            /**
             * Format: date-time
             * @example 2026-12-03T18:00:00+01:00
             */
            end: string;
            allDay: boolean;
            /** @enum {string} */
            timeZone: "Europe/Berlin";
            location: components["schemas"]["EventLocation"];
            organizers: components["schemas"]["Organizer"][];
            cooperation: components["schemas"]["CooperationForm"] | null;
            /**
             * @description Code of `/taxonomies/event-formats`.
             * @example youth-education
             */
            format: string;
            topics: string[];
            languages: string[];
            areas: string[];
            price: components["schemas"]["Price"];
            status: components["schemas"]["EventStatus"];
            translation: components["schemas"]["Translation"];
            /** @description `{eventId}@{start as UTC}`; stable across requests. */
            occurrenceId: string;
            /** @example kulturverein-anadolu */
            eventId: string;
            recurring: boolean;
        };
        EventLocation: {
            /** @enum {string} */
            kind: "room" | "address" | "online" | "hybrid";
            /** @example kulturverein-anadolu */
            roomId?: string;
            roomName?: string;
            venueName?: string;
            address?: components["schemas"]["Address"];
            /**
             * Format: uri
             * @example https://example.org/verein
             */
            onlineUrl?: string;
        };
        Organizer: {
            /** @enum {string} */
            kind: "organization";
            /** @example kulturverein-anadolu */
            id: string;
            name: string;
        } | {
            /** @enum {string} */
            kind: "office";
            name: string;
        };
        /**
         * @description `municipal-with-mo`: municipal event with MO involvement; `mo-with-municipal`: MO event with municipal involvement; `joint`: jointly planned.
         * @enum {string}
         */
        CooperationForm: "municipal-with-mo" | "mo-with-municipal" | "joint";
        Price: {
            free: boolean;
            amountEur?: number;
        };
        /** @enum {string} */
        EventStatus: "scheduled" | "cancelled" | "postponed";
        EventResponse: {
            data: components["schemas"]["Event"];
        };
        Event: {
            /** @example kulturverein-anadolu */
            id: string;
            title: string;
            summary: string;
            /**
             * Format: date-time
             * @example 2026-12-03T18:00:00+01:00
             */
            start: string;
            /**
             * Format: date-time
             * @example 2026-12-03T18:00:00+01:00
             */
            end: string;
            allDay: boolean;
            /** @enum {string} */
            timeZone: "Europe/Berlin";
            location: components["schemas"]["EventLocation"];
            organizers: components["schemas"]["Organizer"][];
            cooperation: components["schemas"]["CooperationForm"] | null;
            /**
             * @description Code of `/taxonomies/event-formats`.
             * @example youth-education
             */
            format: string;
            topics: string[];
            languages: string[];
            areas: string[];
            price: components["schemas"]["Price"];
            status: components["schemas"]["EventStatus"];
            translation: components["schemas"]["Translation"];
            description: string;
            audience: string | null;
            accessibilityNotes: string | null;
            priceNote: string | null;
            registration: components["schemas"]["Registration"];
            recurrence: components["schemas"]["EventRecurrence"] | null;
            /**
             * Format: date-time
             * @example 2026-12-03T18:00:00+01:00
             */
            updatedAt: string;
        };
        Registration: {
            required: boolean;
            /**
             * Format: uri
             * @example https://example.org/verein
             */
            url?: string;
            /**
             * Format: email
             * @example kontakt@example.org
             */
            email?: string;
            /**
             * Format: date-time
             * @example 2026-12-03T18:00:00+01:00
             */
            deadline?: string;
            capacity?: number;
        };
        EventRecurrence: {
            /** @example FREQ=WEEKLY;BYDAY=TU;COUNT=10 */
            rrule: string;
            /**
             * @description Start times of occurrences that do not take place.
             * @default []
             */
            exdates?: string[];
        };
        EventWritten: {
            data: components["schemas"]["Event"];
        };
        EventInput: {
            /** @example kulturverein-anadolu */
            id: string;
            title: components["schemas"]["LocalizedTextInput"];
            summary: components["schemas"]["LocalizedTextInput"];
            description: components["schemas"]["LocalizedTextInput"];
            /**
             * @description Locales whose texts in this record were machine-translated.
             * @default []
             */
            machineTranslated?: components["schemas"]["Locale"][];
            /**
             * Format: date-time
             * @example 2026-12-03T18:00:00+01:00
             */
            start: string;
            /**
             * Format: date-time
             * @example 2026-12-03T18:00:00+01:00
             */
            end: string;
            /** @default false */
            allDay?: boolean;
            /** @default null */
            recurrence?: components["schemas"]["EventRecurrence"] | null;
            location: {
                /** @enum {string} */
                kind: "room" | "address" | "online" | "hybrid";
                /** @example kulturverein-anadolu */
                roomId?: string;
                address?: components["schemas"]["Address"];
                /**
                 * Format: uri
                 * @example https://example.org/verein
                 */
                onlineUrl?: string;
            };
            organizers: ({
                /** @enum {string} */
                kind: "organization";
                /** @example kulturverein-anadolu */
                id: string;
            } | {
                /** @enum {string} */
                kind: "office";
                name: string;
            })[];
            /** @default null */
            cooperation?: components["schemas"]["CooperationForm"] | null;
            /** @example youth-education */
            format: string;
            /** @default [] */
            topics?: string[];
            /** @default [] */
            languages?: string[];
            /** @default [] */
            areas?: string[];
            /** @default null */
            audience?: components["schemas"]["LocalizedTextInput"] | null;
            /** @default null */
            accessibilityNotes?: components["schemas"]["LocalizedTextInput"] | null;
            registration?: components["schemas"]["Registration"];
            price?: components["schemas"]["Price"];
            /** @default null */
            priceNote?: components["schemas"]["LocalizedTextInput"] | null;
            status?: components["schemas"]["EventStatus"];
        };
        FundingProgramList: {
            data: components["schemas"]["FundingProgramSummary"][];
            meta: components["schemas"]["ListMeta"];
        };
        FundingProgramSummary: {
            /** @example kulturverein-anadolu */
            id: string;
            title: string;
            summary: string;
            provider: {
                name: string;
                level: components["schemas"]["ProviderLevel"];
            };
            /** @description Codes of `/taxonomies/funding-kinds`. */
            kinds: string[];
            supportTypes: components["schemas"]["SupportType"][];
            topics: string[];
            /** @description Codes of `/taxonomies/applicant-kinds`. */
            eligibleApplicants: string[];
            amount: {
                minEur: number | null;
                maxEur: number | null;
            } | null;
            deadlines: components["schemas"]["Deadlines"];
            /**
             * Format: date
             * @description The next deadline from today, null for rolling programmes.
             * @example 2026-12-03
             */
            nextDeadline: string | null;
            status: components["schemas"]["FundingStatus"];
            translation: components["schemas"]["Translation"];
        };
        /** @enum {string} */
        ProviderLevel: "municipal" | "district" | "state" | "federal" | "eu" | "foundation";
        /** @enum {string} */
        SupportType: "money" | "room" | "counselling" | "qualification";
        Deadlines: {
            /** @enum {string} */
            kind: "rolling";
        } | {
            /** @enum {string} */
            kind: "fixed";
            dates: string[];
        } | {
            /** @enum {string} */
            kind: "yearly";
            monthDays: string[];
        };
        /** @enum {string} */
        FundingStatus: "open" | "upcoming" | "closed";
        FundingProgramResponse: {
            data: components["schemas"]["FundingProgram"];
        };
        FundingProgram: {
            /** @example kulturverein-anadolu */
            id: string;
            title: string;
            summary: string;
            provider: {
                name: string;
                level: components["schemas"]["ProviderLevel"];
            };
            /** @description Codes of `/taxonomies/funding-kinds`. */
            kinds: string[];
            supportTypes: components["schemas"]["SupportType"][];
            topics: string[];
            /** @description Codes of `/taxonomies/applicant-kinds`. */
            eligibleApplicants: string[];
            amount: {
                minEur: number | null;
                maxEur: number | null;
            } | null;
            deadlines: components["schemas"]["Deadlines"];
            /**
             * Format: date
             * @description The next deadline from today, null for rolling programmes.
             * @example 2026-12-03
             */
            nextDeadline: string | null;
            status: components["schemas"]["FundingStatus"];
            translation: components["schemas"]["Translation"];
            description: string;
            requirements: {
                /** @description Applicants must be based in one of these areas; empty for anywhere. */
                seatInAreas: string[];
                nonProfitRequired: boolean;
                ownContributionPercent: number;
                notes: string | null;
            };
            applicationSteps: string[];
            requiredDocuments: string[];
            office: components["schemas"]["FundingOffice"];
            links: {
                /** @enum {string} */
                kind: "guideline" | "form" | "info";
                label: string;
                /**
                 * Format: uri
                 * @example https://example.org/verein
                 */
                url: string;
            }[];
            updatedAt: string;
        };
        FundingOffice: {
            name: string;
            contactName?: string;
            /**
             * Format: email
             * @example kontakt@example.org
             */
            email?: string;
            /** @example +49 2421 123456 */
            phone?: string;
            address?: string;
        };
        FundingMatchResponse: {
            data: components["schemas"]["FundingMatch"][];
            meta: {
                total: number;
                locale: string;
            };
        };
        FundingMatch: {
            program: components["schemas"]["FundingProgramSummary"];
            /**
             * @description `eligible`: every criterion met; `partial`: none failed, some unknown; `ineligible`: at least one not met.
             * @enum {string}
             */
            fit: "eligible" | "partial" | "ineligible";
            score: number;
            criteria: components["schemas"]["CriterionVerdict"][];
        };
        CriterionVerdict: {
            criterion: components["schemas"]["Criterion"];
            verdict: components["schemas"]["Verdict"];
            /** @description Stable code a UI can translate, e.g. `applicant.not-eligible`. */
            reasonCode: string;
            params: {
                [key: string]: string | number | string[];
            };
            /** @description The reason in plain language (German or English). */
            reason: string;
            /**
             * @description For `unknown`: the profile field that would settle it.
             * @enum {string}
             */
            question?: "applicantKind" | "area" | "topics" | "needs" | "amountEur" | "neededBy" | "nonProfit" | "ownContributionPercent";
        };
        /** @enum {string} */
        Criterion: "status" | "applicant" | "area" | "topic" | "need" | "amount" | "deadline" | "non-profit" | "own-contribution";
        /** @enum {string} */
        Verdict: "met" | "not-met" | "unknown";
        ApplicantProfile: {
            /** @example youth-education */
            applicantKind?: string | null;
            /** @example youth-education */
            area?: string | null;
            topics?: string[];
            needs?: components["schemas"]["SupportType"][];
            amountEur?: number | null;
            /**
             * Format: date
             * @description When the money or help is needed.
             * @example 2026-12-03
             */
            neededBy?: string | null;
            nonProfit?: boolean | null;
            ownContributionPercent?: number | null;
        };
        FundingProgramWritten: {
            data: components["schemas"]["FundingProgram"];
        };
        FundingProgramInput: {
            /** @example kulturverein-anadolu */
            id: string;
            title: components["schemas"]["LocalizedTextInput"];
            summary: components["schemas"]["LocalizedTextInput"];
            description: components["schemas"]["LocalizedTextInput"];
            /**
             * @description Locales whose texts in this record were machine-translated.
             * @default []
             */
            machineTranslated?: components["schemas"]["Locale"][];
            provider: {
                name: string;
                level: components["schemas"]["ProviderLevel"];
            };
            kinds: string[];
            supportTypes: components["schemas"]["SupportType"][];
            /** @default [] */
            topics?: string[];
            eligibleApplicants: string[];
            requirements: {
                /** @default [] */
                seatInAreas?: string[];
                /** @default false */
                nonProfitRequired?: boolean;
                /** @default 0 */
                ownContributionPercent?: number;
                /** @default null */
                notes?: components["schemas"]["LocalizedTextInput"] | null;
            };
            /** @default null */
            amount?: {
                minEur: number | null;
                maxEur: number | null;
            } | null;
            deadlines: components["schemas"]["Deadlines"];
            /** @default [] */
            applicationSteps?: components["schemas"]["LocalizedTextInput"][];
            /** @default [] */
            requiredDocuments?: components["schemas"]["LocalizedTextInput"][];
            office: components["schemas"]["FundingOffice"];
            /** @default [] */
            links?: {
                /** @enum {string} */
                kind: "guideline" | "form" | "info";
                label: components["schemas"]["LocalizedTextInput"];
                /**
                 * Format: uri
                 * @example https://example.org/verein
                 */
                url: string;
            }[];
            status: components["schemas"]["FundingStatus"];
        };
        OutboxMailList: {
            data: components["schemas"]["OutboxMail"][];
        };
        OutboxMail: {
            /** Format: uuid */
            id: string;
            /** @example booking-decision */
            kind: string;
            /** Format: uuid */
            bookingId: string | null;
            recipient: string;
            subject: string;
            status: components["schemas"]["OutboxStatus"];
            attempts: number;
            /** @description What the mail server answered at the last try. */
            lastError: string | null;
            /**
             * Format: date-time
             * @example 2026-12-03T18:00:00+01:00
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-12-03T18:00:00+01:00
             */
            nextAttemptAt: string;
            /**
             * Format: date-time
             * @example 2026-12-03T18:00:00+01:00
             */
            sentAt: string | null;
        };
        /** @enum {string} */
        OutboxStatus: "pending" | "sending" | "sent" | "failed";
        OutboxMailRetried: {
            data: components["schemas"]["OutboxMail"];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listTenants: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tenants */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Tenant"][];
                    };
                };
            };
        };
    };
    getTaxonomy: {
        parameters: {
            query?: {
                /** @description Content locale. Without it, `Accept-Language` decides, then the tenant default. */
                locale?: components["schemas"]["Locale"] & unknown;
            };
            header?: never;
            path: {
                tenant: string;
                name: components["schemas"]["TaxonomyName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Terms in display order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaxonomyTermList"];
                };
            };
            /** @description Not modified (the `If-None-Match` ETag still matches). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed; `errors` names each bad parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such tenant or record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOrganizations: {
        parameters: {
            query?: {
                /** @description Content locale. Without it, `Accept-Language` decides, then the tenant default. */
                locale?: components["schemas"]["Locale"] & unknown;
                /** @description Full-text search, typo-tolerant. */
                q?: string;
                topic?: string;
                type?: string;
                language?: string;
                area?: string;
                offer?: string;
                updatedSince?: string;
                /** @description Page size, at most 100. */
                limit?: number;
                /** @description The `meta.nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of organisations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationList"];
                };
            };
            /** @description Not modified (the `If-None-Match` ETag still matches). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed; `errors` names each bad parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such tenant or record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrganization: {
        parameters: {
            query?: {
                /** @description Content locale. Without it, `Accept-Language` decides, then the tenant default. */
                locale?: components["schemas"]["Locale"] & unknown;
            };
            header?: never;
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organisation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationResponse"];
                };
            };
            /** @description Not modified (the `If-None-Match` ETag still matches). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed; `errors` names each bad parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such tenant or record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganizationInput"];
            };
        };
        responses: {
            /** @description Stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationWritten"];
                };
            };
            /** @description The body is invalid; `errors` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or an unknown bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is not for this tenant. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such tenant or record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is invalid; `errors` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or an unknown bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is not for this tenant. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such tenant or record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRooms: {
        parameters: {
            query?: {
                /** @description Content locale. Without it, `Accept-Language` decides, then the tenant default. */
                locale?: components["schemas"]["Locale"] & unknown;
                /** @description Minimum number of people the room must hold. */
                capacity?: number;
                /** @description All of these. */
                equipment?: string;
                /** @description All of these. */
                accessibility?: string;
                area?: string;
                /** @description First day of the wanted date range. */
                freeFrom?: string;
                /** @description Last day of the wanted date range (inclusive); defaults to `freeFrom`. */
                freeTo?: string;
                /** @description Start of the daily time window, e.g. 18:00. */
                freeStart?: string;
                /** @description End of the daily time window, e.g. 21:00. */
                freeEnd?: string;
                /** @description ISO weekdays within the range to consider, e.g. `1,2,3,4,5` for weekday evenings or `6,7` for weekends. */
                freeWeekdays?: string;
                /** @description Page size, at most 100. */
                limit?: number;
                /** @description The `meta.nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of rooms */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomList"];
                };
            };
            /** @description Not modified (the `If-None-Match` ETag still matches). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed; `errors` names each bad parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such tenant or record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRoom: {
        parameters: {
            query?: {
                /** @description Content locale. Without it, `Accept-Language` decides, then the tenant default. */
                locale?: components["schemas"]["Locale"] & unknown;
            };
            header?: never;
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The room */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomResponse"];
                };
            };
            /** @description Not modified (the `If-None-Match` ETag still matches). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed; `errors` names each bad parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such tenant or record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putRoom: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoomInput"];
            };
        };
        responses: {
            /** @description Stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomWritten"];
                };
            };
            /** @description The body is invalid; `errors` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or an unknown bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is not for this tenant. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such tenant or record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteRoom: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is invalid; `errors` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or an unknown bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is not for this tenant. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such tenant or record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The room still has bookings. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRoomAvailability: {
        parameters: {
            query: {
                from: string;
                /** @description At most 62 days after `from`. */
                to: string;
            };
            header?: never;
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Availability */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AvailabilityResponse"];
                };
            };
            /** @description Not modified (the `If-None-Match` ETag still matches). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed; `errors` names each bad parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such tenant or record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putVenue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VenueInput"];
            };
        };
        responses: {
            /** @description Stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                        };
                    };
                };
            };
            /** @description The body is invalid; `errors` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or an unknown bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is not for this tenant. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such tenant or record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createBooking: {
        parameters: {
            query?: {
                /** @description Content locale. Without it, `Accept-Language` decides, then the tenant default. */
                locale?: components["schemas"]["Locale"] & unknown;
            };
            header?: {
                /** @description A random key per booking request, e.g. a UUID. */
                "idempotency-key"?: string;
            };
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookingRequestInput"];
            };
        };
        responses: {
            /** @description The request was stored (status `requested`) or booked at once (`confirmed`) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingCreated"];
                };
            };
            /** @description The request is invalid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such tenant or room. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The time is taken (`conflicts`, `alternatives`), or the same idempotency key is still being processed (`Retry-After`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BookingConflictProblem"];
                };
            };
            /** @description The request breaks a rule of the room (notice, advance, duration, opening hours, closure, attendees). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see `Retry-After`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBooking: {
        parameters: {
            query?: {
                /** @description The secret from `manageUrl`. Editors use their bearer token instead. */
                token?: string;
            };
            header?: never;
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The booking */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingResponse"];
                };
            };
            /** @description The request is malformed; `errors` names each bad parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such tenant or record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelBooking: {
        parameters: {
            query?: {
                /** @description The secret from `manageUrl`. Editors use their bearer token instead. */
                token?: string;
            };
            header?: never;
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancelled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingCancelled"];
                };
            };
            /** @description The request is malformed; `errors` names each bad parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such tenant or record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    decideBooking: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookingDecision"];
            };
        };
        responses: {
            /** @description Decided */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingDecided"];
                };
            };
            /** @description The body is invalid; `errors` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or an unknown bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is not for this tenant. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such tenant or record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Approving would double-book the room (`conflicts`, `alternatives`), or the booking is no longer a request. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BookingConflictProblem"];
                };
            };
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /** @description Content locale. Without it, `Accept-Language` decides, then the tenant default. */
                locale?: components["schemas"]["Locale"] & unknown;
                topic?: string;
                language?: string;
                /** @description Organisation ids, or `office` for events of a municipal office. */
                organizer?: string;
                area?: string;
                format?: string;
                free?: "true" | "false";
                /** @description `evening`: starts at 17:00 or later (not all-day); `weekend`: on a Saturday or Sunday. Several values are alternatives. */
                time?: string;
                q?: string;
                /** @description Window start; defaults to now. */
                from?: string;
                /** @description Window end; defaults to 31 days after `from`, at most 366 days. */
                to?: string;
                /** @description Page size, at most 100. */
                limit?: number;
                /** @description The `meta.nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Occurrences by start time */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventOccurrenceList"];
                };
            };
            /** @description Not modified (the `If-None-Match` ETag still matches). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed; `errors` names each bad parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such tenant or record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEvent: {
        parameters: {
            query?: {
                /** @description Content locale. Without it, `Accept-Language` decides, then the tenant default. */
                locale?: components["schemas"]["Locale"] & unknown;
            };
            header?: never;
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventResponse"];
                };
            };
            /** @description Not modified (the `If-None-Match` ETag still matches). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed; `errors` names each bad parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such tenant or record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventInput"];
            };
        };
        responses: {
            /** @description Stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventWritten"];
                };
            };
            /** @description The body is invalid; `errors` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or an unknown bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is not for this tenant. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such tenant or record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is invalid; `errors` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or an unknown bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is not for this tenant. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such tenant or record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    eventsFeed: {
        parameters: {
            query?: {
                /** @description Content locale. Without it, `Accept-Language` decides, then the tenant default. */
                locale?: components["schemas"]["Locale"] & unknown;
                topic?: string;
                language?: string;
                /** @description Organisation ids, or `office` for events of a municipal office. */
                organizer?: string;
                area?: string;
                format?: string;
                free?: "true" | "false";
                /** @description `evening`: starts at 17:00 or later (not all-day); `weekend`: on a Saturday or Sunday. Several values are alternatives. */
                time?: string;
                q?: string;
                /** @description Defaults to 30 days ago. */
                from?: string;
                /** @description Defaults to one year ahead. */
                to?: string;
                /** @description Only this event (or series). */
                event?: string;
            };
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An iCalendar (RFC 5545) document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Not modified (the `If-None-Match` ETag still matches). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed; `errors` names each bad parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such tenant or record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFundingPrograms: {
        parameters: {
            query?: {
                /** @description Content locale. Without it, `Accept-Language` decides, then the tenant default. */
                locale?: components["schemas"]["Locale"] & unknown;
                q?: string;
                kind?: string;
                topic?: string;
                providerLevel?: string;
                applicant?: string;
                supportType?: string;
                /** @description `open-now`: status open; `soon`: next deadline within 30 days; `none`: rolling. */
                deadline?: "open-now" | "soon" | "none";
                /** @description Page size, at most 100. */
                limit?: number;
                /** @description The `meta.nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of programmes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingProgramList"];
                };
            };
            /** @description Not modified (the `If-None-Match` ETag still matches). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed; `errors` names each bad parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such tenant or record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFundingProgram: {
        parameters: {
            query?: {
                /** @description Content locale. Without it, `Accept-Language` decides, then the tenant default. */
                locale?: components["schemas"]["Locale"] & unknown;
            };
            header?: never;
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The programme */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingProgramResponse"];
                };
            };
            /** @description Not modified (the `If-None-Match` ETag still matches). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed; `errors` names each bad parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such tenant or record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putFundingProgram: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FundingProgramInput"];
            };
        };
        responses: {
            /** @description Stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingProgramWritten"];
                };
            };
            /** @description The body is invalid; `errors` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or an unknown bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is not for this tenant. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such tenant or record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteFundingProgram: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is invalid; `errors` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or an unknown bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is not for this tenant. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such tenant or record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    matchFundingPrograms: {
        parameters: {
            query?: {
                /** @description Content locale. Without it, `Accept-Language` decides, then the tenant default. */
                locale?: components["schemas"]["Locale"] & unknown;
            };
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicantProfile"];
            };
        };
        responses: {
            /** @description Every programme, best fit first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingMatchResponse"];
                };
            };
            /** @description The profile is invalid; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fundingDeadlinesFeed: {
        parameters: {
            query?: {
                /** @description Content locale. Without it, `Accept-Language` decides, then the tenant default. */
                locale?: components["schemas"]["Locale"] & unknown;
                q?: string;
                kind?: string;
                topic?: string;
                providerLevel?: string;
                applicant?: string;
                supportType?: string;
                /** @description `open-now`: status open; `soon`: next deadline within 30 days; `none`: rolling. */
                deadline?: "open-now" | "soon" | "none";
                /** @description Only this programme. */
                program?: string;
            };
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An iCalendar (RFC 5545) document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Not modified (the `If-None-Match` ETag still matches). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed; `errors` names each bad parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such tenant or record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOutbox: {
        parameters: {
            query?: {
                /** @description One or more statuses, comma-separated; default `failed`. */
                status?: string;
                limit?: number;
            };
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboxMailList"];
                };
            };
            /** @description The body is invalid; `errors` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or an unknown bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is not for this tenant. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such tenant or record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retryOutboxMail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued for a new day of tries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboxMailRetried"];
                };
            };
            /** @description The body is invalid; `errors` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or an unknown bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is not for this tenant. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such tenant or record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The mail is not failed (it is pending, being sent, or sent). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
