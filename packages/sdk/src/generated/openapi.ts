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
    "/v1/{tenant}/taxonomies/{name}/terms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The terms of a taxonomy as stored: labels in every locale, version and how many records use each
         * @description Needs a signed-in person or a token of this tenant.
         */
        get: operations["listTaxonomyTerms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/taxonomies/{name}/terms/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create a term (added at the end) or replace its labels in every locale
         * @description The code of a term never changes: records refer to it. To rename a term, change its labels.
         *
         *     Needs the role `editor` (or `admin`).
         */
        put: operations["putTaxonomyTerm"];
        post?: never;
        /**
         * Remove a term that no record uses
         * @description Needs the role `editor` (or `admin`).
         */
        delete: operations["deleteTaxonomyTerm"];
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
        /**
         * Create or replace an organisation
         * @description Needs the role `editor` (or `admin`).
         */
        put: operations["putOrganization"];
        post?: never;
        /**
         * Remove an organisation
         * @description Needs the role `editor` (or `admin`).
         */
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
        /**
         * Create or replace a room
         * @description Needs the role `bookings` (or `admin`).
         */
        put: operations["putRoom"];
        post?: never;
        /**
         * Remove a room
         * @description Needs the role `bookings` (or `admin`).
         */
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
        /**
         * Create or replace a venue (a building with rooms)
         * @description Needs the role `bookings` (or `admin`).
         */
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
        /**
         * The booking queue: requests (and bookings) with the requester's contact and what competes with each
         * @description Needs the role `bookings` (or `admin`).
         */
        get: operations["listBookings"];
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
        /** See a booking with its secret token (or as staff with the `bookings` role) */
        get: operations["getBooking"];
        put?: never;
        post?: never;
        /** Cancel a booking with its secret token (or as staff with the `bookings` role) */
        delete: operations["cancelBooking"];
        options?: never;
        head?: never;
        /**
         * Approve or decline a request: all dates, or date by date; with a reason for the resident, an internal note, or a changed time or room
         * @description Needs the role `bookings` (or `admin`).
         */
        patch: operations["decideBooking"];
        trace?: never;
    };
    "/v1/{tenant}/bookings/{id}/decline-conflicting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline, in one step and with one reason, every request that overlaps this confirmed booking
         * @description Needs the role `bookings` (or `admin`).
         */
        post: operations["declineConflictingBookings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
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
        /**
         * Create or replace an event
         * @description Needs the role `editor` (or `admin`).
         */
        put: operations["putEvent"];
        post?: never;
        /**
         * Remove an event
         * @description Needs the role `editor` (or `admin`).
         */
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
        /**
         * Create or replace a funding programme
         * @description Needs the role `editor` (or `admin`).
         */
        put: operations["putFundingProgram"];
        post?: never;
        /**
         * Remove a funding programme
         * @description Needs the role `editor` (or `admin`).
         */
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
         * Rank the programmes against an applicant profile, a page at a time, with a verdict per criterion
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
    "/v1/{tenant}/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with e-mail and password
         * @description The answer holds the session secret once (`token`); send it as `Authorization: Bearer …`. An unknown e-mail and a wrong password get the same answer. Repeated failures slow down and then lock the account and the address for a while (429).
         */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The current session and who is signed in
         * @description Needs a signed-in person or a token of this tenant. A session whose second factor is still pending may call it too.
         */
        get: operations["getSession"];
        put?: never;
        post?: never;
        /**
         * Sign out (ends this session)
         * @description Needs a signed-in person or a token of this tenant. A session whose second factor is still pending may call it too.
         */
        delete: operations["signOut"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/auth/sign-out-everywhere": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End every session of the signed-in person, on every device
         * @description Needs a signed-in person or a token of this tenant.
         */
        post: operations["signOutEverywhere"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a password with the one-time link of an invitation or a reset
         * @description At least 12 characters; common passwords are refused. Ends every other session of the person.
         */
        post: operations["setPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for a link to set a new password
         * @description The answer is the same whether the e-mail belongs to a person or not; the link goes to the e-mail address only.
         */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/auth/methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How people of this tenant can sign in (password, identity provider) */
        get: operations["getSignInMethods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/auth/oidc/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sign in with the municipality's identity provider (a browser navigation, not a fetch)
         * @description Redirects to the identity provider (authorization code flow with PKCE, `state` and `nonce`). Sets one short-lived, `HttpOnly` cookie limited to `/v1/{tenant}/auth/oidc/` that ties the callback to this browser; no other route sets or reads it.
         */
        get: operations["startOidcSignIn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where the identity provider sends the browser back
         * @description Lets a person in only when an active staff member with the e-mail the provider confirmed exists in this tenant (no self sign-up). On success it redirects to `/office/?tenant=…#session=ses_…`: the secret is in the fragment, which browsers never send to a server, so no access log or proxy sees it.
         */
        get: operations["completeOidcSignIn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/auth/second-factors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The second factors of the signed-in person
         * @description Needs a signed-in person or a token of this tenant.
         */
        get: operations["getSecondFactors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/auth/totp/enrollment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start setting up an authenticator app: a new secret and its `otpauth://` URI
         * @description The secret counts only after `confirmation` with a first code. A pending session may call it only when the person has no second factor yet (`secondFactorOptions` = `enroll`).
         *
         *     Needs a signed-in person or a token of this tenant. A session whose second factor is still pending may call it too.
         */
        post: operations["startTotpEnrollment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/auth/totp/enrollment/confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm the authenticator app with its first code
         * @description From now on the app is a second factor. A pending sign-in that had to set one up is complete with it.
         *
         *     Needs a signed-in person or a token of this tenant. A session whose second factor is still pending may call it too.
         */
        post: operations["confirmTotpEnrollment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/auth/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete a pending sign-in with a code of the authenticator app
         * @description A code works once; wrong codes slow down and then lock like wrong passwords.
         *
         *     Needs a signed-in person or a token of this tenant. A session whose second factor is still pending may call it too.
         */
        post: operations["verifyTotp"];
        /**
         * Remove the authenticator app
         * @description Needs a signed-in person or a token of this tenant.
         */
        delete: operations["removeTotp"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/auth/recovery-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete a pending sign-in with a recovery code (each works once)
         * @description Needs a signed-in person or a token of this tenant. A session whose second factor is still pending may call it too.
         */
        post: operations["useRecoveryCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/auth/recovery-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * New recovery codes; the old ones stop working
         * @description Needs a signed-in person or a token of this tenant.
         */
        post: operations["regenerateRecoveryCodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/auth/passkeys/registration-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Options for `navigator.credentials.create` to add a passkey
         * @description A pending session may call it only when the person has no second factor yet (`secondFactorOptions` = `enroll`).
         *
         *     Needs a signed-in person or a token of this tenant. A session whose second factor is still pending may call it too.
         */
        post: operations["passkeyRegistrationOptions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/auth/passkeys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add the passkey the browser created
         * @description Needs a signed-in person or a token of this tenant. A session whose second factor is still pending may call it too.
         */
        post: operations["registerPasskey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/auth/passkeys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a passkey
         * @description Needs a signed-in person or a token of this tenant.
         */
        delete: operations["removePasskey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/auth/passkey/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Options for `navigator.credentials.get` to complete a pending sign-in
         * @description Needs a signed-in person or a token of this tenant. A session whose second factor is still pending may call it too.
         */
        post: operations["passkeyAuthenticationOptions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/auth/passkey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete a pending sign-in with a passkey
         * @description Needs a signed-in person or a token of this tenant. A session whose second factor is still pending may call it too.
         */
        post: operations["verifyPasskey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The settings of the tenant
         * @description Needs the role `admin` (or `admin`).
         */
        get: operations["getSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change some settings of the tenant
         * @description Needs the role `admin` (or `admin`).
         */
        patch: operations["patchSettings"];
        trace?: never;
    };
    "/v1/{tenant}/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The people who work with this tenant's data
         * @description Needs the role `admin` (or `admin`).
         */
        get: operations["listStaff"];
        put?: never;
        /**
         * Add a person; the answer holds a one-time link to set the password
         * @description Needs the role `admin` (or `admin`).
         */
        post: operations["inviteStaff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/staff/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a person's name or roles, or disable them (which ends their sessions at once)
         * @description Needs the role `admin` (or `admin`).
         */
        patch: operations["updateStaff"];
        trace?: never;
    };
    "/v1/{tenant}/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tokens of programs (imports, other municipal systems)
         * @description Needs the role `admin` (or `admin`).
         */
        get: operations["listTokens"];
        put?: never;
        /**
         * Create a token for a program; the secret is in this answer only
         * @description Needs the role `admin` (or `admin`).
         */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a token; programs using it are refused from now on
         * @description Needs the role `admin` (or `admin`).
         */
        delete: operations["revokeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who changed what and when, newest first
         * @description Filter by record (`recordType` + `recordId`), by person or token (`actor`) and by time. Passwords, secrets and tokens are never part of it.
         *
         *     Needs a signed-in person or a token of this tenant.
         */
        get: operations["listAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/records/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Organizations as stored, unpublished ones included, least recently confirmed first
         * @description Needs the role `editor` (or `admin`).
         */
        get: operations["listStoredOrganizations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/records/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One of the organizations as stored, with its version (`ETag`) for the next write
         * @description Needs the role `editor` (or `admin`).
         */
        get: operations["getStoredOrganizations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/records/venues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Venues as stored, unpublished ones included, least recently confirmed first
         * @description Needs the role `bookings` (or `admin`).
         */
        get: operations["listStoredVenues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/records/venues/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One of the venues as stored, with its version (`ETag`) for the next write
         * @description Needs the role `bookings` (or `admin`).
         */
        get: operations["getStoredVenues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/records/rooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Rooms as stored, unpublished ones included, least recently confirmed first
         * @description Needs the role `bookings` (or `admin`).
         */
        get: operations["listStoredRooms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/records/rooms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One of the rooms as stored, with its version (`ETag`) for the next write
         * @description Needs the role `bookings` (or `admin`).
         */
        get: operations["getStoredRooms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/records/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Events as stored, unpublished ones included, least recently confirmed first
         * @description Needs the role `editor` (or `admin`).
         */
        get: operations["listStoredEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/records/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One of the events as stored, with its version (`ETag`) for the next write
         * @description Needs the role `editor` (or `admin`).
         */
        get: operations["getStoredEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/records/funding-programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * FundingPrograms as stored, unpublished ones included, least recently confirmed first
         * @description Needs the role `editor` (or `admin`).
         */
        get: operations["listStoredFundingPrograms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/records/funding-programs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One of the funding-programs as stored, with its version (`ETag`) for the next write
         * @description Needs the role `editor` (or `admin`).
         */
        get: operations["getStoredFundingPrograms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/records/organizations/{id}/confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm the record is still right: sets `verifiedAt` to now, audited
         * @description Send the `ETag` of the staff read as `If-Match` to confirm exactly what you saw; a record changed meanwhile is a 412.
         *
         *     Needs the role `editor` (or `admin`).
         */
        post: operations["confirmOrganizationUnchanged"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/records/venues/{id}/confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm the record is still right: sets `verifiedAt` to now, audited
         * @description Send the `ETag` of the staff read as `If-Match` to confirm exactly what you saw; a record changed meanwhile is a 412.
         *
         *     Needs the role `bookings` (or `admin`).
         */
        post: operations["confirmVenueUnchanged"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/records/rooms/{id}/confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm the record is still right: sets `verifiedAt` to now, audited
         * @description Send the `ETag` of the staff read as `If-Match` to confirm exactly what you saw; a record changed meanwhile is a 412.
         *
         *     Needs the role `bookings` (or `admin`).
         */
        post: operations["confirmRoomUnchanged"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/records/events/{id}/confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm the record is still right: sets `verifiedAt` to now, audited
         * @description Send the `ETag` of the staff read as `If-Match` to confirm exactly what you saw; a record changed meanwhile is a 412.
         *
         *     Needs the role `editor` (or `admin`).
         */
        post: operations["confirmEventUnchanged"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/records/funding-programs/{id}/confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm the record is still right: sets `verifiedAt` to now, audited
         * @description Send the `ETag` of the staff read as `If-Match` to confirm exactly what you saw; a record changed meanwhile is a 412.
         *
         *     Needs the role `editor` (or `admin`).
         */
        post: operations["confirmFundingProgramUnchanged"];
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
         * Mails of the outbox, e.g. the failed ones
         * @description Mails are sent by a worker with retries; a mail that could not be sent for a day is `failed` and waits here.
         *
         *     Needs the role `bookings` (or `admin`).
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
        /**
         * Send a failed mail again
         * @description Needs the role `bookings` (or `admin`).
         */
        post: operations["retryOutboxMail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/proof-of-work": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A fresh proof-of-work challenge for a public form
         * @description Self-hosted (ALTCHA), no third party, no cookie. A challenge expires after 10 minutes and counts once.
         */
        get: operations["getProofOfWorkChallenge"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Propose a new organisation or event, without an account
         * @description Lands in the office's review queue; the submitter is told of the decision by mail. Rate-limited like booking requests.
         */
        post: operations["submitProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/review-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Proposals and changes waiting for the office, each with its diff against the live record
         * @description Needs the role `editor` (or `admin`).
         */
        get: operations["listProposals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/review-queue/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a proposal (maybe as edited) and publish it
         * @description Needs the role `editor` (or `admin`).
         */
        post: operations["acceptProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/review-queue/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline a proposal with a reason for the submitter
         * @description Needs the role `editor` (or `admin`).
         */
        post: operations["declineProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/entry-verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask organisations "Ist Ihr Eintrag noch aktuell?" by mail now
         * @description Each organisation's address (its e-mail, else its first contact with one) gets a new secret link, valid 30 days and once.
         *
         *     Needs the role `editor` (or `admin`).
         */
        post: operations["requestEntryVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/imports/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import organisations from a CSV or XLSX file (preview by default)
         * @description The body is the file itself (`text/csv`, or the XLSX type) or `multipart/form-data` with `file` and optionally `mapping` (JSON of `ImportMapping`) and `duplicates` (JSON of `ImportDuplicateDecisions`: a choice per row). CSV may be UTF-8 (with or without BOM) or Windows-1252, separated by `;` or `,`; the header row may follow a title line. The whole file is one transaction: a single row with an error or an undecided unknown value and nothing is written (`committed: false`, answered 422 when not a dry run).
         *
         *     Needs the role `editor` (or `admin`).
         */
        post: operations["importOrganizations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/event-sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The calendars the server keeps the events in step with, each with its last sync
         * @description Needs the role `editor` (or `admin`).
         */
        get: operations["listEventSources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/event-sources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Add or change a calendar to keep in step with
         * @description The server reads the feed every `intervalMinutes` (the first time within a minute) and keeps its events in step by UID. Organiser, format and topics must exist.
         *
         *     Needs the role `editor` (or `admin`).
         */
        put: operations["putEventSource"];
        post?: never;
        /**
         * Stop keeping a calendar in step
         * @description Its events stay, no longer marked as imported: from now on they are edited by hand.
         *
         *     Needs the role `editor` (or `admin`).
         */
        delete: operations["deleteEventSource"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/event-sources/{id}/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read the calendar now instead of at its next turn
         * @description A failing feed is answered 200 with `lastError` set, as the schedule records it.
         *
         *     Needs the role `editor` (or `admin`).
         */
        post: operations["syncEventSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{tenant}/exports/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The directory as CSV, XLSX or a page to print, with the filters of the list
         * @description Every organisation the same filters of `GET /organizations` find (no paging), one row each, with the columns the import reads (so a file exported here can be brought into another tenant). Without a bearer secret the file holds what the directory publishes; with a staff session or token of the tenant (`Authorization: Bearer …`, optional) it adds the column `Ansprechpartner/in` with every contact person (those without consent to publication marked) and is never cached.
         */
        get: operations["exportOrganizations"];
        put?: never;
        post?: never;
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
            /** @description Whether this server mails residents (receipts, decisions); widgets promise an e-mail only then. */
            emailNotifications: boolean;
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
        StoredTaxonomyTermList: {
            data: components["schemas"]["StoredTaxonomyTerm"][];
        };
        StoredTaxonomyTerm: {
            /** @example youth-education */
            code: string;
            label: components["schemas"]["LocalizedTextInput"];
            machineTranslated: components["schemas"]["Locale"][];
            /** @description Send it as `If-Match` with the next write of the term. */
            version: number;
            usage: components["schemas"]["TermUsage"];
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
        TermUsage: {
            total: number;
            organizations: number;
            events: number;
            venues: number;
            rooms: number;
            fundingPrograms: number;
            eventSources: number;
        };
        TaxonomyTermWritten: {
            data: components["schemas"]["StoredTaxonomyTerm"];
        };
        VersionConflictProblem: {
            type: string;
            title: string;
            /** @enum {number} */
            status: 412;
            detail?: string;
            requestId?: string;
            currentVersion: number | null;
            /** @description The record as somebody else saved it (null if it was removed). */
            current: {
                [key: string]: unknown;
            } | null;
        };
        TaxonomyTermWrite: {
            label: components["schemas"]["LocalizedTextInput"];
            /**
             * @description Locales whose texts in this record were machine-translated.
             * @default []
             */
            machineTranslated?: components["schemas"]["Locale"][];
        };
        TermInUseProblem: components["schemas"]["Problem"] & ({
            usage: components["schemas"]["TermUsage"];
        } & {
            [key: string]: unknown;
        });
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
            /** @description Why the office declined (dates of) the request. */
            decisionReason: string | null;
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
        StaffBookingList: {
            data: components["schemas"]["StaffBooking"][];
            meta: components["schemas"]["ListMeta"];
        };
        StaffBooking: components["schemas"]["Booking"] & {
            /** @example kulturverein-anadolu */
            venueId: string;
            /** @description The language the request was made in; mails to the resident use it. */
            locale: string | null;
            officeNote: string | null;
            /** @description Other live requests and confirmed bookings of the same room at the same time. */
            overlaps: components["schemas"]["BookingOverlap"][];
            /** @description For a request: whole days since it arrived. */
            waitingDays: number | null;
        };
        BookingOverlap: {
            bookingId: string;
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
            requesterName: string | null;
            organizationName: string | null;
        };
        BookingDecided: {
            data: components["schemas"]["StaffBooking"];
        };
        BookingDecision: {
            /**
             * @description The decision for every date not named in `dates`.
             * @enum {string}
             */
            status: "confirmed" | "declined";
            /** @description Why it was declined, written for the resident; the mail and the booking page show it. Needed when any date is declined. */
            reason?: string;
            /** @description An internal note of the office; never shown to the resident. */
            note?: string;
            /** @description For a series: a decision per date (the local date of the occurrence), e.g. `{"2026-12-24": "declined"}`. */
            dates?: {
                [key: string]: "confirmed" | "declined";
            };
            /** @description Before approving a single date: another time or room; the resident is told what changed. */
            change?: {
                /** @example kulturverein-anadolu */
                roomId?: string;
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
        };
        DeclinedBookings: {
            data: {
                id: string;
            }[];
        };
        DeclineConflictingInput: {
            /** @description The same reason for every request declined, written for the residents. */
            reason: string;
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
            /**
             * @description The tenant's IANA time zone: the wall times of the event and its series are in it.
             * @example Europe/Berlin
             */
            timeZone: string;
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
            /**
             * @description The tenant's IANA time zone: the wall times of the event and its series are in it.
             * @example Europe/Berlin
             */
            timeZone: string;
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
        ImportedEventProblem: components["schemas"]["Problem"] & ({
            source: components["schemas"]["EventSourceReference"];
        } & {
            [key: string]: unknown;
        });
        EventSourceReference: {
            /**
             * @description The event source; null for a feed imported once on the command line.
             * @example kulturverein-anadolu
             */
            id: string | null;
            name: string;
            url: string;
            /**
             * Format: date-time
             * @example 2026-12-03T18:00:00+01:00
             */
            lastSyncedAt: string | null;
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
                /** @description Number of records that match, across all pages. */
                total: number;
                /** @description Pass as `cursor` to get the next page; null on the last page. */
                nextCursor: string | null;
                locale: components["schemas"]["Locale"];
                fits: components["schemas"]["FundingFitCounts"];
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
        /** @description How many programmes of the whole ranking (not only this page) have each fit. */
        FundingFitCounts: {
            eligible: number;
            partial: number;
            ineligible: number;
        };
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
        StaffSession: {
            /** @description The bearer secret; only in the answer of a sign-in. Send it as `Authorization: Bearer …`. */
            token?: string;
            /**
             * Format: date-time
             * @description The absolute end of the session.
             * @example 2026-12-03T18:00:00+01:00
             */
            expiresAt: string;
            /**
             * Format: date-time
             * @description The session ends earlier when unused until then.
             * @example 2026-12-03T18:00:00+01:00
             */
            idleExpiresAt: string;
            /**
             * @description `pending`: complete the second factor (`/auth/totp` or `/auth/passkey`) before anything else.
             * @enum {string}
             */
            secondFactor: "not-needed" | "pending" | "passed";
            /** @description While `pending`: what this person can use; `enroll` when the policy asks for a factor the person has not set up yet. */
            secondFactorOptions: ("totp" | "passkey" | "recovery-code" | "enroll")[];
            staff: components["schemas"]["StaffMember"];
            tenant: {
                /** @example kulturverein-anadolu */
                id: string;
                name: string;
            };
        };
        StaffMember: {
            /** Format: uuid */
            id: string;
            /**
             * Format: email
             * @example kontakt@example.org
             */
            email: string;
            name: string;
            roles: components["schemas"]["StaffRole"][];
            /**
             * @description `invited`: no password set yet.
             * @enum {string}
             */
            status: "invited" | "active" | "disabled";
            secondFactors: ("totp" | "passkey")[];
            /**
             * Format: date-time
             * @example 2026-12-03T18:00:00+01:00
             */
            createdAt: string;
        };
        /**
         * @description `admin`: staff, settings and everything else; `editor`: organisations, events, funding programmes, taxonomies; `bookings`: rooms, venues and booking requests.
         * @enum {string}
         */
        StaffRole: "admin" | "editor" | "bookings";
        SignInInput: {
            /**
             * Format: email
             * @example kontakt@example.org
             */
            email: string;
            password: string;
        };
        SetPasswordInput: {
            token: string;
            password: string;
        };
        PasswordResetRequest: {
            /**
             * Format: email
             * @example kontakt@example.org
             */
            email: string;
        };
        SignInMethods: {
            data: {
                password: boolean;
                /** @description Null when no identity provider is configured for this tenant. */
                oidc: {
                    /** @description Open this URL in the browser (a top-level navigation) to sign in with the identity provider. */
                    startUrl: string;
                } | null;
            };
        };
        SecondFactorsResponse: {
            data: components["schemas"]["SecondFactors"];
        };
        SecondFactors: {
            /** @description An authenticator app is set up. */
            totp: boolean;
            passkeys: components["schemas"]["Passkey"][];
            recoveryCodesLeft: number;
            /** @description The tenant's policy asks this person for a second factor. */
            required: boolean;
        };
        Passkey: {
            /** @description The credential id (base64url). */
            id: string;
            label: string;
            /**
             * Format: date-time
             * @example 2026-12-03T18:00:00+01:00
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-12-03T18:00:00+01:00
             */
            lastUsedAt: string | null;
        };
        TotpEnrollment: {
            data: {
                /** @description The shared secret (base32), for typing it into the app by hand. */
                secret: string;
                /** @description The `otpauth://` URI, shown as a QR code for the authenticator app. */
                uri: string;
                /**
                 * Format: date-time
                 * @description Confirm with a first code before then, or start again.
                 * @example 2026-12-03T18:00:00+01:00
                 */
                expiresAt: string;
            };
        };
        SecondFactorEnrolled: {
            data: components["schemas"]["SecondFactors"];
            /** @description New recovery codes, shown only in this answer: with the first factor of a person, and when regenerated (which voids the old ones). Empty otherwise. */
            recoveryCodes: string[];
        };
        TotpCodeInput: {
            /**
             * @description The six digits the authenticator app shows now.
             * @example 123456
             */
            code: string;
        };
        SecondFactorPassed: {
            data: components["schemas"]["StaffSession"];
        };
        RecoveryCodeInput: {
            /**
             * @description One of the recovery codes; each works once.
             * @example k7qmx-4tz9c
             */
            code: string;
        };
        PasskeyOptions: {
            /** @description WebAuthn options as JSON (`PublicKeyCredentialCreationOptionsJSON` or `…RequestOptionsJSON`); hand them to `startRegistration`/`startAuthentication` of `@simplewebauthn/browser`. The challenge is valid for 5 minutes and once. */
            data: {
                [key: string]: unknown;
            };
        };
        PasskeyRegistrationInput: {
            response: components["schemas"]["WebAuthnResponse"];
            /** @description A name the person recognises, e.g. "Laptop im Büro". */
            label?: string;
        };
        WebAuthnResponse: {
            id: string;
            rawId: string;
            /** @enum {string} */
            type: "public-key";
            response: {
                [key: string]: unknown;
            };
            /** @default {} */
            clientExtensionResults?: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            authenticatorAttachment?: "platform" | "cross-platform";
        };
        PasskeyAuthenticationInput: {
            response: components["schemas"]["WebAuthnResponse"];
        };
        TenantSettingsResponse: {
            data: components["schemas"]["TenantSettings"];
        };
        TenantSettings: {
            /** @example kulturverein-anadolu */
            id: string;
            name: string;
            /**
             * Format: email
             * @description Where booking requests and digests go when a room names no office.
             * @example kontakt@example.org
             */
            officeEmail: string | null;
            /** @description Origins of the websites that embed the widgets; `*` allows any. */
            corsOrigins: ("*" | string)[];
            defaultLocale: components["schemas"]["Locale"];
            locales: components["schemas"]["Locale"][];
            timeZone: string;
            /**
             * Format: uri
             * @description Shown on the pages the server renders (booking page, mails).
             * @example https://example.org/verein
             */
            logoUrl: string | null;
            /** @description Days after the last date of a booking after which the requester's name, e-mail and phone are erased. */
            bookingRetentionDays: number;
            /** @description Send residents a reminder the day before a booked date. */
            bookingReminders: boolean;
            /** @description The office gets a daily digest of requests waiting longer than this. */
            requestDigestAfterDays: number;
            secondFactor: components["schemas"]["SecondFactorPolicy"];
            /** @description Organisations are asked "Ist Ihr Eintrag noch aktuell?" when their entry was last confirmed this many days ago; 0 turns the yearly mail off. */
            entryVerificationDays: number;
            /** @description Days after the decision on a proposal after which the submitter's name and e-mail are erased. */
            submitterRetentionDays: number;
        };
        /**
         * @description Who must use a second factor (passkey or TOTP) to sign in.
         * @enum {string}
         */
        SecondFactorPolicy: "optional" | "admins" | "everyone";
        TenantSettingsChanged: {
            data: components["schemas"]["TenantSettings"];
        };
        TenantSettingsPatch: {
            name?: string;
            /**
             * Format: email
             * @description Where booking requests and digests go when a room names no office.
             * @example kontakt@example.org
             */
            officeEmail?: string | null;
            /** @description Origins of the websites that embed the widgets; `*` allows any. */
            corsOrigins?: ("*" | string)[];
            defaultLocale?: components["schemas"]["Locale"];
            locales?: components["schemas"]["Locale"][];
            /**
             * Format: uri
             * @description Shown on the pages the server renders (booking page, mails).
             * @example https://example.org/verein
             */
            logoUrl?: string | null;
            /** @description Days after the last date of a booking after which the requester's name, e-mail and phone are erased. */
            bookingRetentionDays?: number;
            /** @description Send residents a reminder the day before a booked date. */
            bookingReminders?: boolean;
            /** @description The office gets a daily digest of requests waiting longer than this. */
            requestDigestAfterDays?: number;
            secondFactor?: components["schemas"]["SecondFactorPolicy"];
            /** @description Organisations are asked "Ist Ihr Eintrag noch aktuell?" when their entry was last confirmed this many days ago; 0 turns the yearly mail off. */
            entryVerificationDays?: number;
            /** @description Days after the decision on a proposal after which the submitter's name and e-mail are erased. */
            submitterRetentionDays?: number;
        };
        StaffList: {
            data: components["schemas"]["StaffMember"][];
        };
        StaffInvited: {
            data: components["schemas"]["StaffMember"];
            /** @description One-time link (72 hours) to set the password; hand it to the person. */
            setPasswordUrl: string;
        };
        StaffInvite: {
            /**
             * Format: email
             * @example kontakt@example.org
             */
            email: string;
            name: string;
            roles: components["schemas"]["StaffRole"][];
        };
        StaffChanged: {
            data: components["schemas"]["StaffMember"];
        };
        StaffPatch: {
            name?: string;
            roles?: components["schemas"]["StaffRole"][];
            disabled?: boolean;
        };
        ApiTokenList: {
            data: components["schemas"]["ApiToken"][];
        };
        ApiToken: {
            /** Format: uuid */
            id: string;
            name: string;
            roles: components["schemas"]["StaffRole"][];
            /**
             * Format: date-time
             * @example 2026-12-03T18:00:00+01:00
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-12-03T18:00:00+01:00
             */
            revokedAt: string | null;
        };
        ApiTokenCreated: {
            data: components["schemas"]["ApiToken"];
            /** @description Shown only now; store it in the program that uses it. */
            token: string;
        };
        ApiTokenInput: {
            name: string;
            roles: components["schemas"]["StaffRole"][];
        };
        AuditList: {
            data: components["schemas"]["AuditEntry"][];
            meta: {
                nextCursor: string | null;
            };
        };
        AuditEntry: {
            id: number;
            /**
             * Format: date-time
             * @example 2026-12-03T18:00:00+01:00
             */
            at: string;
            actor: {
                /** @enum {string} */
                kind: "staff" | "token" | "public" | "system";
                id: string | null;
                name: string;
            };
            recordType: components["schemas"]["AuditRecordType"];
            recordId: string;
            /** @example update */
            operation: string;
            /** @description The changed top-level fields with their value before and after. */
            changes: {
                [key: string]: {
                    before?: unknown;
                    after?: unknown;
                };
            };
            requestId: string | null;
        };
        /** @enum {string} */
        AuditRecordType: "organization" | "venue" | "room" | "event" | "funding-program" | "taxonomy" | "booking" | "staff" | "token" | "settings" | "session";
        StoredOrganizationsList: {
            data: components["schemas"]["StoredRecordSummary"][];
            meta: {
                nextCursor: string | null;
            };
        };
        StoredRecordSummary: {
            id: string;
            title: string;
            version: number;
            /**
             * Format: date-time
             * @example 2026-12-03T18:00:00+01:00
             */
            updatedAt: string | null;
            /**
             * Format: date-time
             * @example 2026-12-03T18:00:00+01:00
             */
            verifiedAt: string | null;
        };
        StoredRecord: {
            /** @description The record as written (the input shape: every locale, unpublished contacts). */
            data: {
                [key: string]: unknown;
            };
            meta: components["schemas"]["StoredRecordMeta"];
        };
        StoredRecordMeta: {
            /** @description Send it back as `If-Match: "<version>"` when writing. */
            version: number;
            /**
             * Format: date-time
             * @example 2026-12-03T18:00:00+01:00
             */
            updatedAt: string | null;
            /**
             * Format: date-time
             * @example 2026-12-03T18:00:00+01:00
             */
            verifiedAt: string | null;
            /** @description Events only: the calendar an imported event comes from (see `409 imported-event`); null for an event entered by hand. */
            source?: {
                id: string | null;
                name: string;
                url: string;
                /**
                 * Format: date-time
                 * @example 2026-12-03T18:00:00+01:00
                 */
                lastSyncedAt: string | null;
            } | null;
        };
        StoredVenuesList: {
            data: components["schemas"]["StoredRecordSummary"][];
            meta: {
                nextCursor: string | null;
            };
        };
        StoredRoomsList: {
            data: components["schemas"]["StoredRecordSummary"][];
            meta: {
                nextCursor: string | null;
            };
        };
        StoredEventsList: {
            data: components["schemas"]["StoredRecordSummary"][];
            meta: {
                nextCursor: string | null;
            };
        };
        StoredFundingProgramsList: {
            data: components["schemas"]["StoredRecordSummary"][];
            meta: {
                nextCursor: string | null;
            };
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
        ProofOfWorkChallengeResponse: {
            data: components["schemas"]["ProofOfWorkChallenge"];
        };
        ProofOfWorkChallenge: {
            parameters: {
                algorithm: string;
                nonce: string;
                salt: string;
                cost: number;
                keyLength: number;
                keyPrefix: string;
                expiresAt?: number;
            } & {
                [key: string]: unknown;
            };
            signature: string;
        };
        ProposalReceived: {
            data: {
                /** @enum {string} */
                status: "received";
            };
        };
        /** @description A new organisation or event. The `id` of the record is a suggestion; the server makes it unique. */
        ProposalInput: {
            /** @enum {string} */
            kind: "organization";
            record: components["schemas"]["OrganizationInput"];
            submitter: components["schemas"]["ProposalSubmitter"];
            locale?: components["schemas"]["Locale"] & unknown;
            /**
             * @description The submitter agrees that the public fields of the record are published once accepted.
             * @enum {boolean}
             */
            publicationConsent: true;
            proofOfWork: components["schemas"]["ProofOfWorkSolution"];
            /** @description Leave empty. A field people do not see; a filled one marks the sender as a program. */
            homepage?: string;
        } | {
            /** @enum {string} */
            kind: "event";
            record: components["schemas"]["EventInput"];
            submitter: components["schemas"]["ProposalSubmitter"];
            locale?: components["schemas"]["Locale"] & unknown;
            /**
             * @description The submitter agrees that the public fields of the record are published once accepted.
             * @enum {boolean}
             */
            publicationConsent: true;
            proofOfWork: components["schemas"]["ProofOfWorkSolution"];
            /** @description Leave empty. A field people do not see; a filled one marks the sender as a program. */
            homepage?: string;
        };
        /** @description Who proposes: told of the decision by mail, erased a set time after it. Never published. */
        ProposalSubmitter: {
            name: string;
            /**
             * Format: email
             * @example kontakt@example.org
             */
            email: string;
        };
        /** @description The challenge as received and the counter found for it. Each challenge counts once. */
        ProofOfWorkSolution: {
            challenge: components["schemas"]["ProofOfWorkChallenge"];
            solution: {
                counter: number;
                derivedKey: string;
                time?: number;
            };
        };
        ProposalList: {
            data: components["schemas"]["Proposal"][];
        };
        Proposal: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "organization" | "event";
            /**
             * @description The live record a change is for; null for a new record.
             * @example kulturverein-anadolu
             */
            targetId: string | null;
            /** @enum {string} */
            origin: "public-form" | "entry-link";
            status: components["schemas"]["ProposalStatus"];
            /** @description The proposed record in the shape of the staff write. */
            record: {
                [key: string]: unknown;
            };
            /** @description Every top-level field that differs from the live record. */
            diff: {
                [key: string]: components["schemas"]["FieldChange"];
            };
            /** @description Null once erased. */
            submitter: {
                name: string;
                email: string;
            } | null;
            locale: components["schemas"]["Locale"];
            decisionReason: string | null;
            /**
             * Format: date-time
             * @example 2026-12-03T18:00:00+01:00
             */
            decidedAt: string | null;
            /**
             * Format: date-time
             * @example 2026-12-03T18:00:00+01:00
             */
            createdAt: string;
        };
        /** @enum {string} */
        ProposalStatus: "pending" | "accepted" | "declined";
        /** @description A field of the record: as it is live (`before`, absent for a new record) and as proposed (`after`). */
        FieldChange: {
            before?: unknown;
            after?: unknown;
        };
        ProposalAccepted: {
            data: components["schemas"]["Proposal"];
        };
        ProposalAcceptance: {
            /** @description The record as the editor changed it; without it the proposal is taken as it is. */
            record?: {
                [key: string]: unknown;
            };
        };
        ProposalDeclined: {
            data: components["schemas"]["Proposal"];
        };
        ProposalDecline: {
            /** @description Told to the submitter in the mail. */
            reason: string;
        };
        VerificationRequestResult: {
            data: {
                /** @description Organisations that get a mail with a new link. */
                queued: string[];
                skipped: {
                    /** @example kulturverein-anadolu */
                    id: string;
                    /** @enum {string} */
                    reason: "no-email" | "not-found";
                }[];
            };
        };
        VerificationRequestInput: {
            /** @description Without it: every organisation whose entry is stale by the tenant's interval. */
            organizationIds?: string[];
        };
        ImportReport: {
            importId: string;
            /** @description True: nothing was written; the numbers say what an import would do. */
            dryRun: boolean;
            /** @description True only when the rows were written; with errors nothing is. */
            committed: boolean;
            file: {
                name: string;
                /** @enum {string} */
                format: "csv" | "xlsx";
                encoding: string | null;
                delimiter: string | null;
                headerRow: number;
            };
            columns: {
                header: string;
                field: components["schemas"]["ImportField"];
                /** @enum {string} */
                source: "mapping" | "guess" | "none";
            }[];
            created: number;
            updated: number;
            skipped: number;
            duplicates: number;
            errors: components["schemas"]["ImportError"][];
            unknownValues: components["schemas"]["ImportUnknownValue"][];
            rows: components["schemas"]["ImportRowPreview"][];
            mapping: components["schemas"]["ImportMapping"];
        };
        /** @enum {string|null} */
        ImportField: "name" | "types" | "contactName" | "email" | "phone" | "street" | "postalCode" | "city" | "area" | "languages" | "topics" | "offers" | "website" | "umbrella" | "shortDescription" | null;
        ImportError: {
            /** @description Row number as the spreadsheet program shows it. */
            row: number;
            /** @description Header of the column, when one column is at fault. */
            column: string | null;
            field: string | null;
            message: string;
        };
        ImportUnknownValue: {
            /** @enum {string} */
            field: "types" | "area" | "languages" | "topics" | "offers" | "umbrella";
            column: string;
            value: string;
            rows: number[];
        };
        ImportRowPreview: {
            row: number;
            name: string;
            /** @enum {string} */
            action: "create" | "update" | "skip";
            /** @description The record created or updated (or the one skipped for). */
            id: string | null;
            duplicateOf: {
                id: string;
                name: string;
                /** @enum {string} */
                reason: "name" | "email" | "website";
                /** @description Trigram similarity of the names, 0…1. */
                similarity: number;
            } | null;
            /**
             * @description For a duplicate: what was decided for it (its own choice, else `onDuplicate`); null for a row that matches nothing.
             * @enum {string|null}
             */
            decision: "skip" | "merge" | "create" | null;
            /** @description For an update: the fields the import changes. */
            changedFields: string[];
            errors: components["schemas"]["ImportError"][];
        };
        /** @description The mapping used, with every unknown value still undecided as `null`: save it, decide, send it again. */
        ImportMapping: {
            columns?: components["schemas"]["ImportColumnMapping"];
            /** @default {} */
            values?: {
                types?: {
                    [key: string]: string | null;
                };
                area?: {
                    [key: string]: string | null;
                };
                languages?: {
                    [key: string]: string | null;
                };
                topics?: {
                    [key: string]: string | null;
                };
                offers?: {
                    [key: string]: string | null;
                };
                umbrella?: {
                    [key: string]: string | null;
                };
            };
        };
        /** @default {} */
        ImportColumnMapping: {
            [key: string]: components["schemas"]["ImportField"];
        };
        ImportRejectedProblem: components["schemas"]["Problem"] & ({
            report: components["schemas"]["ImportReport"];
        } & {
            [key: string]: unknown;
        });
        EventSource: components["schemas"]["EventSourceInput"] & {
            /** @example kulturverein-anadolu */
            id: string;
            /**
             * Format: date-time
             * @example 2026-12-03T18:00:00+01:00
             */
            lastAttemptAt: string | null;
            /**
             * Format: date-time
             * @description The last sync that succeeded.
             * @example 2026-12-03T18:00:00+01:00
             */
            lastSyncedAt: string | null;
            /** @description Why the last attempt failed; null after a success. */
            lastError: string | null;
            lastReport: components["schemas"]["EventSyncReport"];
        };
        EventSyncReport: {
            created: number;
            updated: number;
            removed: number;
            unchanged: number;
            /** @description Events of the feed that could not be read; they stay as they were. */
            errors: {
                uid: string;
                message: string;
            }[];
        } | null;
        EventSourceInput: {
            /** @example Veranstaltungskalender der Stadt */
            name: string;
            /**
             * Format: uri
             * @example https://www.musterstadt.de/veranstaltungen.ics
             */
            url: string;
            /**
             * @description The organisation the events are listed under.
             * @example kulturverein-anadolu
             */
            organizerId: string;
            /**
             * @description A code of `/taxonomies/event-formats` for every event of the feed.
             * @example youth-education
             */
            format: string;
            /** @default [] */
            topics?: string[];
            /**
             * @description How often the server reads the feed (15 minutes to a week).
             * @default 60
             */
            intervalMinutes?: number;
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
    listTaxonomyTerms: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
                name: components["schemas"]["TaxonomyName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every term in display order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredTaxonomyTermList"];
                };
            };
            /** @description No such taxonomy. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
            403: {
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
    putTaxonomyTerm: {
        parameters: {
            query?: never;
            header?: {
                /** @description The term's `version` as `"<version>"`; a stale one is answered 412. */
                "if-match"?: string;
                /** @description Send `*` to create only: a term with this code answers 412 instead of being replaced. */
                "if-none-match"?: "*";
            };
            path: {
                tenant: string;
                name: components["schemas"]["TaxonomyName"];
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaxonomyTermWrite"];
            };
        };
        responses: {
            /** @description Stored; `ETag` is the new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaxonomyTermWritten"];
                };
            };
            /** @description The body or the code is invalid; `errors` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
            403: {
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
            /** @description The term changed since the version sent in `If-Match` (or exists already under `If-None-Match: *`); `current` holds it as it is now. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["VersionConflictProblem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteTaxonomyTerm: {
        parameters: {
            query?: never;
            header?: {
                /** @description The term's `version` as `"<version>"`; a stale one is answered 412. */
                "if-match"?: string;
            };
            path: {
                tenant: string;
                name: components["schemas"]["TaxonomyName"];
                code: string;
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
            /** @description The code is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such tenant or term. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Records still use the term (`usage` counts them per kind); change them first. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["TermInUseProblem"];
                };
            };
            /** @description The term changed since the version sent in `If-Match` (or exists already under `If-None-Match: *`); `current` holds it as it is now. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["VersionConflictProblem"];
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
            header?: {
                /** @description The `ETag` of the staff read (`"<version>"`); a stale one is answered 412. */
                "if-match"?: string;
            };
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
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
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
            /** @description Somebody else changed the record since the version sent in `If-Match`; `current` holds it as it is now. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["VersionConflictProblem"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB unless the operator set `MAX_BODY_BYTES`). */
            413: {
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
            header?: {
                /** @description The `ETag` of the staff read (`"<version>"`); a stale one is answered 412. */
                "if-match"?: string;
            };
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
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
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
            /** @description Somebody else changed the record since the version sent in `If-Match`; `current` holds it as it is now. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["VersionConflictProblem"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB unless the operator set `MAX_BODY_BYTES`). */
            413: {
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
            header?: {
                /** @description The `ETag` of the staff read (`"<version>"`); a stale one is answered 412. */
                "if-match"?: string;
            };
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
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
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
            /** @description Somebody else changed the record since the version sent in `If-Match`; `current` holds it as it is now. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["VersionConflictProblem"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB unless the operator set `MAX_BODY_BYTES`). */
            413: {
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
            header?: {
                /** @description The `ETag` of the staff read (`"<version>"`); a stale one is answered 412. */
                "if-match"?: string;
            };
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
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
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
            /** @description Somebody else changed the record since the version sent in `If-Match`; `current` holds it as it is now. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["VersionConflictProblem"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB unless the operator set `MAX_BODY_BYTES`). */
            413: {
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
            header?: {
                /** @description The `ETag` of the staff read (`"<version>"`); a stale one is answered 412. */
                "if-match"?: string;
            };
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
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
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
            /** @description Somebody else changed the record since the version sent in `If-Match`; `current` holds it as it is now. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["VersionConflictProblem"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB unless the operator set `MAX_BODY_BYTES`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listBookings: {
        parameters: {
            query?: {
                /** @description One or more statuses, comma-separated. Default: requested. */
                status?: string | string[];
                room?: string;
                venue?: string;
                /** @description Bookings whose last date ends after this. */
                from?: string;
                /** @description Bookings whose first date starts before this. */
                to?: string;
                /** @description Part of the requester's name or e-mail, the organisation or the purpose. */
                q?: string;
                /** @description `start`: soonest date first; `arrival`: oldest request first. */
                sort?: "start" | "arrival";
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
            /** @description One page of bookings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffBookingList"];
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
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
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
                /** @description The secret from `manageUrl`. Staff with the `bookings` role use their bearer secret instead. */
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
                /** @description The secret from `manageUrl`. Staff with the `bookings` role use their bearer secret instead. */
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
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
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
            /** @description Somebody else changed the record since the version sent in `If-Match`; `current` holds it as it is now. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["VersionConflictProblem"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB unless the operator set `MAX_BODY_BYTES`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    declineConflictingBookings: {
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
                "application/json": components["schemas"]["DeclineConflictingInput"];
            };
        };
        responses: {
            /** @description The requests declined */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeclinedBookings"];
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
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
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
            /** @description The booking is not confirmed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Somebody else changed the record since the version sent in `If-Match`; `current` holds it as it is now. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["VersionConflictProblem"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB unless the operator set `MAX_BODY_BYTES`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
            header?: {
                /** @description The `ETag` of the staff read (`"<version>"`); a stale one is answered 412. */
                "if-match"?: string;
                /** @description Send `true` to change or remove an event that a calendar import keeps in step (see `409 imported-event`). */
                "overwrite-imported"?: "true";
            };
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
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
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
            /** @description The event comes from a calendar import (`source` names it): the next sync that sees it changed in the feed overwrites a change by hand, and one that no longer finds it removes it. Send `Overwrite-Imported: true` to write anyway. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ImportedEventProblem"];
                };
            };
            /** @description Somebody else changed the record since the version sent in `If-Match`; `current` holds it as it is now. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["VersionConflictProblem"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB unless the operator set `MAX_BODY_BYTES`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The recurrence rule yields more start times per day than allowed; `detail` names the limit. */
            422: {
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
            header?: {
                /** @description The `ETag` of the staff read (`"<version>"`); a stale one is answered 412. */
                "if-match"?: string;
                /** @description Send `true` to change or remove an event that a calendar import keeps in step (see `409 imported-event`). */
                "overwrite-imported"?: "true";
            };
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
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
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
            /** @description The event comes from a calendar import (`source` names it): the next sync that sees it changed in the feed overwrites a change by hand, and one that no longer finds it removes it. Send `Overwrite-Imported: true` to write anyway. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ImportedEventProblem"];
                };
            };
            /** @description Somebody else changed the record since the version sent in `If-Match`; `current` holds it as it is now. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["VersionConflictProblem"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB unless the operator set `MAX_BODY_BYTES`). */
            413: {
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
            header?: {
                /** @description The `ETag` of the staff read (`"<version>"`); a stale one is answered 412. */
                "if-match"?: string;
            };
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
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
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
            /** @description Somebody else changed the record since the version sent in `If-Match`; `current` holds it as it is now. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["VersionConflictProblem"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB unless the operator set `MAX_BODY_BYTES`). */
            413: {
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
            header?: {
                /** @description The `ETag` of the staff read (`"<version>"`); a stale one is answered 412. */
                "if-match"?: string;
            };
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
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
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
            /** @description Somebody else changed the record since the version sent in `If-Match`; `current` holds it as it is now. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["VersionConflictProblem"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB unless the operator set `MAX_BODY_BYTES`). */
            413: {
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
                kind?: string;
                /** @description Programmes with any of these topics, and those open to every topic. */
                topic?: string;
                providerLevel?: string;
                /** @description A programme id: the page runs on, in whole pages of `limit`, until it includes this programme (to show it again after an answer re-ranked the list). An unknown id is ignored. */
                through?: string;
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicantProfile"];
            };
        };
        responses: {
            /** @description A page of the ranking, best fit first, with the fit counts of all of it */
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
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInInput"];
            };
        };
        responses: {
            /** @description Signed in (maybe with the second factor still pending) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffSession"];
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
            /** @description E-mail or password is wrong. */
            401: {
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
            /** @description Too many attempts; see `Retry-After`. */
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
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session (without its secret) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffSession"];
                };
            };
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
            403: {
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
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
            403: {
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
    signOutEverywhere: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All sessions ended */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
            403: {
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
    setPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetPasswordInput"];
            };
        };
        responses: {
            /** @description The password is set; sign in with it */
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
            /** @description No such tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The link is used or expired. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see `Retry-After`. */
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
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetRequest"];
            };
        };
        responses: {
            /** @description If the address belongs to a person of this tenant, a link is on its way */
            202: {
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
            /** @description No such tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see `Retry-After`. */
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
    getSignInMethods: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sign-in methods */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInMethods"];
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
    startOidcSignIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To the identity provider */
            302: {
                headers: {
                    Location: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such tenant, or no identity provider configured for it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The identity provider cannot be reached. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeOidcSignIn: {
        parameters: {
            query?: {
                code?: string;
                state?: string;
                error?: string;
            };
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed in: to the office app, with the session secret in the fragment */
            302: {
                headers: {
                    Location: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The sign-in was not started here, is expired, or `state` does not match. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The identity provider refused the sign-in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nobody in this tenant has the e-mail the identity provider confirmed (or it is not confirmed). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such tenant, or no identity provider configured for it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The identity provider cannot be reached or answered something unusable. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSecondFactors: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Authenticator app, passkeys, recovery codes left */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecondFactorsResponse"];
                };
            };
            /** @description Not possible in this state of the session (e.g. nothing is pending, or the person must complete the second factor before changing factors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
            403: {
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
    startTotpEnrollment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The secret to show once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotpEnrollment"];
                };
            };
            /** @description Not possible in this state of the session (e.g. nothing is pending, or the person must complete the second factor before changing factors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in this state of the session (e.g. nothing is pending, or the person must complete the second factor before changing factors). */
            403: {
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
            /** @description An authenticator app is set up already; remove it first. */
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
    confirmTotpEnrollment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TotpCodeInput"];
            };
        };
        responses: {
            /** @description Set up; recovery codes if these are new */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecondFactorEnrolled"];
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
            /** @description The code or passkey did not match (or was used already). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in this state of the session (e.g. nothing is pending, or the person must complete the second factor before changing factors). */
            403: {
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
            /** @description Not possible in this state of the session (e.g. nothing is pending, or the person must complete the second factor before changing factors). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No set-up was started, or it expired; start again. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see `Retry-After`. */
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
    verifyTotp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TotpCodeInput"];
            };
        };
        responses: {
            /** @description The sign-in is complete */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecondFactorPassed"];
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
            /** @description The code or passkey did not match (or was used already). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
            403: {
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
            /** @description Not possible in this state of the session (e.g. nothing is pending, or the person must complete the second factor before changing factors). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see `Retry-After`. */
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
    removeTotp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecondFactorsResponse"];
                };
            };
            /** @description Not possible in this state of the session (e.g. nothing is pending, or the person must complete the second factor before changing factors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such tenant, or no authenticator app is set up. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant requires a second factor and this is the last one; add a passkey first. */
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
    useRecoveryCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecoveryCodeInput"];
            };
        };
        responses: {
            /** @description The sign-in is complete */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecondFactorPassed"];
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
            /** @description The code or passkey did not match (or was used already). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
            403: {
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
            /** @description Not possible in this state of the session (e.g. nothing is pending, or the person must complete the second factor before changing factors). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see `Retry-After`. */
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
    regenerateRecoveryCodes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new codes, shown only now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecondFactorEnrolled"];
                };
            };
            /** @description Not possible in this state of the session (e.g. nothing is pending, or the person must complete the second factor before changing factors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
            403: {
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
            /** @description Set up a second factor first. */
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
    passkeyRegistrationOptions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Creation options with a fresh challenge */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasskeyOptions"];
                };
            };
            /** @description Not possible in this state of the session (e.g. nothing is pending, or the person must complete the second factor before changing factors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in this state of the session (e.g. nothing is pending, or the person must complete the second factor before changing factors). */
            403: {
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
    registerPasskey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasskeyRegistrationInput"];
            };
        };
        responses: {
            /** @description Added; recovery codes if these are new */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecondFactorEnrolled"];
                };
            };
            /** @description The body is invalid, or the browser's answer does not verify (wrong origin, challenge or signature). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in this state of the session (e.g. nothing is pending, or the person must complete the second factor before changing factors). */
            403: {
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
            /** @description This passkey is registered already. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No challenge is waiting, or it expired; ask for new options. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removePasskey: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecondFactorsResponse"];
                };
            };
            /** @description Not possible in this state of the session (e.g. nothing is pending, or the person must complete the second factor before changing factors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such tenant or passkey. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant requires a second factor and this is the last one; set up another first. */
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
    passkeyAuthenticationOptions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Request options with a fresh challenge and the person's passkeys */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasskeyOptions"];
                };
            };
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
            403: {
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
            /** @description Nothing is pending, or the person has no passkey. */
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
    verifyPasskey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasskeyAuthenticationInput"];
            };
        };
        responses: {
            /** @description The sign-in is complete */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecondFactorPassed"];
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
            /** @description The code or passkey did not match (or was used already). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
            403: {
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
            /** @description Not possible in this state of the session (e.g. nothing is pending, or the person must complete the second factor before changing factors). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No challenge is waiting, or it expired; ask for new options. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see `Retry-After`. */
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
    getSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantSettingsResponse"];
                };
            };
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
            403: {
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
    patchSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TenantSettingsPatch"];
            };
        };
        responses: {
            /** @description The settings after the change */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantSettingsChanged"];
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
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
            403: {
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
    listStaff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Everyone, disabled people included */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffList"];
                };
            };
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
            403: {
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
    inviteStaff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffInvite"];
            };
        };
        responses: {
            /** @description Invited */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffInvited"];
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
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
            403: {
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
            /** @description A person with this e-mail exists already. */
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
    updateStaff: {
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
                "application/json": components["schemas"]["StaffPatch"];
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffChanged"];
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
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such tenant or person. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change would leave the tenant without an active admin. */
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
    listTokens: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every token, revoked ones included */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiTokenList"];
                };
            };
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
            403: {
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
    createToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApiTokenInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiTokenCreated"];
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
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
            403: {
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
            /** @description A live token has this name already. */
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
    revokeToken: {
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
            /** @description Revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such tenant or token. */
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
    listAudit: {
        parameters: {
            query?: {
                recordType?: components["schemas"]["AuditRecordType"];
                recordId?: string;
                /** @description A staff id or a token name. */
                actor?: string;
                from?: string;
                to?: string;
                limit?: number;
                /** @description `meta.nextCursor` of the previous page. */
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
            /** @description One page of entries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditList"];
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
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
            403: {
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
    listStoredOrganizations: {
        parameters: {
            query?: {
                /** @description Part of the name or title. */
                q?: string;
                /** @description Only records not confirmed (`verifiedAt`) since then. */
                staleSince?: string;
                limit?: number;
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
            /** @description One page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredOrganizationsList"];
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
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
            403: {
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
    getStoredOrganizations: {
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
            /** @description The record with every locale and every contact */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredRecord"];
                };
            };
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
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
    listStoredVenues: {
        parameters: {
            query?: {
                /** @description Part of the name or title. */
                q?: string;
                /** @description Only records not confirmed (`verifiedAt`) since then. */
                staleSince?: string;
                limit?: number;
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
            /** @description One page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredVenuesList"];
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
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
            403: {
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
    getStoredVenues: {
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
            /** @description The record with every locale and every contact */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredRecord"];
                };
            };
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
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
    listStoredRooms: {
        parameters: {
            query?: {
                /** @description Part of the name or title. */
                q?: string;
                /** @description Only records not confirmed (`verifiedAt`) since then. */
                staleSince?: string;
                limit?: number;
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
            /** @description One page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredRoomsList"];
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
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
            403: {
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
    getStoredRooms: {
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
            /** @description The record with every locale and every contact */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredRecord"];
                };
            };
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
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
    listStoredEvents: {
        parameters: {
            query?: {
                /** @description Part of the name or title. */
                q?: string;
                /** @description Only records not confirmed (`verifiedAt`) since then. */
                staleSince?: string;
                limit?: number;
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
            /** @description One page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredEventsList"];
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
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
            403: {
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
    getStoredEvents: {
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
            /** @description The record with every locale and every contact */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredRecord"];
                };
            };
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
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
    listStoredFundingPrograms: {
        parameters: {
            query?: {
                /** @description Part of the name or title. */
                q?: string;
                /** @description Only records not confirmed (`verifiedAt`) since then. */
                staleSince?: string;
                limit?: number;
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
            /** @description One page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredFundingProgramsList"];
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
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
            403: {
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
    getStoredFundingPrograms: {
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
            /** @description The record with every locale and every contact */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredRecord"];
                };
            };
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
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
    confirmOrganizationUnchanged: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the staff read (`"<version>"`). */
                "if-match"?: string;
            };
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record as stored now, with its new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredRecord"];
                };
            };
            /** @description The If-Match header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
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
            /** @description Somebody else changed the record since the version sent in `If-Match`; `current` holds it as it is now. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["VersionConflictProblem"];
                };
            };
        };
    };
    confirmVenueUnchanged: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the staff read (`"<version>"`). */
                "if-match"?: string;
            };
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record as stored now, with its new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredRecord"];
                };
            };
            /** @description The If-Match header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
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
            /** @description Somebody else changed the record since the version sent in `If-Match`; `current` holds it as it is now. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["VersionConflictProblem"];
                };
            };
        };
    };
    confirmRoomUnchanged: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the staff read (`"<version>"`). */
                "if-match"?: string;
            };
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record as stored now, with its new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredRecord"];
                };
            };
            /** @description The If-Match header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
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
            /** @description Somebody else changed the record since the version sent in `If-Match`; `current` holds it as it is now. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["VersionConflictProblem"];
                };
            };
        };
    };
    confirmEventUnchanged: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the staff read (`"<version>"`). */
                "if-match"?: string;
            };
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record as stored now, with its new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredRecord"];
                };
            };
            /** @description The If-Match header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
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
            /** @description Somebody else changed the record since the version sent in `If-Match`; `current` holds it as it is now. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["VersionConflictProblem"];
                };
            };
        };
    };
    confirmFundingProgramUnchanged: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the staff read (`"<version>"`). */
                "if-match"?: string;
            };
            path: {
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record as stored now, with its new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredRecord"];
                };
            };
            /** @description The If-Match header is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
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
            /** @description Somebody else changed the record since the version sent in `If-Match`; `current` holds it as it is now. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["VersionConflictProblem"];
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
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
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
            /** @description Somebody else changed the record since the version sent in `If-Match`; `current` holds it as it is now. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["VersionConflictProblem"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB unless the operator set `MAX_BODY_BYTES`). */
            413: {
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
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
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
            /** @description Somebody else changed the record since the version sent in `If-Match`; `current` holds it as it is now. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["VersionConflictProblem"];
                };
            };
            /** @description The body is larger than the server accepts (1 MB unless the operator set `MAX_BODY_BYTES`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProofOfWorkChallenge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The challenge */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProofOfWorkChallengeResponse"];
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
    submitProposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposalInput"];
            };
        };
        responses: {
            /** @description Received; it waits for the office */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalReceived"];
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
            /** @description No such tenant. */
            404: {
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
    listProposals: {
        parameters: {
            query?: {
                status?: components["schemas"]["ProposalStatus"];
                kind?: "organization" | "event";
            };
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalList"];
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
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
            403: {
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
    acceptProposal: {
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
                "application/json": components["schemas"]["ProposalAcceptance"];
            };
        };
        responses: {
            /** @description Accepted and live */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalAccepted"];
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
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such tenant or proposal. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The proposal is decided already. */
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
    declineProposal: {
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
                "application/json": components["schemas"]["ProposalDecline"];
            };
        };
        responses: {
            /** @description Declined */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalDeclined"];
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
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such tenant or proposal. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The proposal is decided already. */
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
    requestEntryVerification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerificationRequestInput"];
            };
        };
        responses: {
            /** @description The mails are queued */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationRequestResult"];
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
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
            403: {
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
    importOrganizations: {
        parameters: {
            query?: {
                /** @description Default true: the preview. Send `false` to write. */
                dryRun?: "true" | "false";
                /** @description `skip` leaves the existing record alone; `merge` fills it field by field (a non-empty cell wins, an empty cell never erases, lists are joined); `create` adds a second record. */
                onDuplicate?: "skip" | "merge" | "create";
                /** @description Organisation type for rows without one (a code of `/taxonomies/organization-types`). */
                defaultType?: string;
                /** @description Name of the file for the audit trail when the body is the raw file. */
                fileName?: string;
            };
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The CSV or XLSX file.
                     */
                    file?: string;
                    /** @description JSON of `ImportMapping`. */
                    mapping?: string;
                    /** @description JSON of `ImportDuplicateDecisions`: skip, merge or create per row number, overriding `onDuplicate` for those rows. */
                    duplicates?: string;
                };
                "text/csv": string;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description The report (the preview in a dry run) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ImportReport"];
                    };
                };
            };
            /** @description No file, an unreadable file, no header row found, or a malformed mapping or duplicate choice. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
            403: {
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
            /** @description The file is larger than the server accepts (1 MB unless the operator set `MAX_BODY_BYTES`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is neither CSV, XLSX nor multipart. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a dry run, and some rows have errors: nothing was written; `report` says why. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ImportRejectedProblem"];
                };
            };
        };
    };
    listEventSources: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every source of the tenant */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["EventSource"][];
                    };
                };
            };
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
            403: {
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
    putEventSource: {
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
                "application/json": components["schemas"]["EventSourceInput"];
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
                        data: components["schemas"]["EventSource"];
                    };
                };
            };
            /** @description The body is invalid, or the organiser, format or a topic does not exist. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
            403: {
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
            /** @description Another source of the tenant has this URL. */
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
    deleteEventSource: {
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
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such tenant or source. */
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
    syncEventSource: {
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
            /** @description The source after the sync */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["EventSource"];
                    };
                };
            };
            /** @description Not signed in: no, an expired or an unknown bearer secret. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the role this operation needs (or for another tenant). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such tenant or source. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A sync of this source is already running. */
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
    exportOrganizations: {
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
                /** @description `csv` (UTF-8 with BOM, `;`, opens in Excel with umlauts intact), `xlsx`, or `html`: a page to print (one block per organisation, A4 print stylesheet, no script). */
                format?: "csv" | "xlsx" | "html";
            };
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (as attachment), or the page to print (inline) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "text/html": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description A filter is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bearer secret was sent, but it is unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The secret belongs to another tenant. */
            403: {
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
}
