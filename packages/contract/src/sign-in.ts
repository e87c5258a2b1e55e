/**
 * The second factor (TOTP, passkeys, recovery codes) and sign-in through the
 * municipality's OpenID Connect provider: the shapes of their bodies.
 */
import { z } from '@hono/zod-openapi';
import { DateTime } from './common.js';
import { StaffSession } from './office.js';

export const RECOVERY_CODE_COUNT = 10;

export const TotpCodeInput = z
  .object({ code: z.string().trim().regex(/^\d{6}$/, 'six digits').openapi({ example: '123456', description: 'The six digits the authenticator app shows now.' }) })
  .strict()
  .openapi('TotpCodeInput');

export const RecoveryCodeInput = z
  .object({ code: z.string().trim().min(8).max(40).openapi({ example: 'k7qmx-4tz9c', description: 'One of the recovery codes; each works once.' }) })
  .strict()
  .openapi('RecoveryCodeInput');

export const TotpEnrollment = z
  .object({
    data: z.object({
      secret: z.string().openapi({ description: 'The shared secret (base32), for typing it into the app by hand.' }),
      uri: z.string().openapi({ description: 'The `otpauth://` URI, shown as a QR code for the authenticator app.' }),
      expiresAt: DateTime.openapi({ description: 'Confirm with a first code before then, or start again.' }),
    }),
  })
  .openapi('TotpEnrollment');

export const Passkey = z
  .object({ id: z.string().openapi({ description: 'The credential id (base64url).' }), label: z.string(), createdAt: DateTime, lastUsedAt: DateTime.nullable() })
  .openapi('Passkey');

export const SecondFactors = z
  .object({
    totp: z.boolean().openapi({ description: 'An authenticator app is set up.' }),
    passkeys: z.array(Passkey),
    recoveryCodesLeft: z.number().int().min(0),
    required: z.boolean().openapi({ description: 'The tenant\'s policy asks this person for a second factor.' }),
  })
  .openapi('SecondFactors');

export const SecondFactorsResponse = z.object({ data: SecondFactors }).openapi('SecondFactorsResponse');

export const SecondFactorEnrolled = z
  .object({
    data: SecondFactors,
    recoveryCodes: z.array(z.string()).openapi({
      description: 'New recovery codes, shown only in this answer: with the first factor of a person, and when regenerated (which voids the old ones). Empty otherwise.',
    }),
  })
  .openapi('SecondFactorEnrolled');

export const SecondFactorPassed = z.object({ data: StaffSession }).openapi('SecondFactorPassed');

/** What `navigator.credentials.create/get` gave back, as JSON (the shape of `@simplewebauthn/browser`). */
const WebAuthnResponse = z
  .object({
    id: z.string().max(1400),
    rawId: z.string().max(1400),
    type: z.literal('public-key'),
    response: z.record(z.string(), z.unknown()),
    clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
    authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
  })
  .openapi('WebAuthnResponse');

export const PasskeyRegistrationInput = z
  .object({ response: WebAuthnResponse, label: z.string().trim().max(80).optional().openapi({ description: 'A name the person recognises, e.g. "Laptop im Büro".' }) })
  .strict()
  .openapi('PasskeyRegistrationInput');

export const PasskeyAuthenticationInput = z.object({ response: WebAuthnResponse }).strict().openapi('PasskeyAuthenticationInput');

export const PasskeyOptions = z
  .object({
    data: z.record(z.string(), z.unknown()).openapi({
      description: 'WebAuthn options as JSON (`PublicKeyCredentialCreationOptionsJSON` or `…RequestOptionsJSON`); hand them to `startRegistration`/`startAuthentication` of `@simplewebauthn/browser`. The challenge is valid for 5 minutes and once.',
    }),
  })
  .openapi('PasskeyOptions');

export const SignInMethods = z
  .object({
    data: z.object({
      password: z.boolean(),
      oidc: z
        .object({ startUrl: z.string().openapi({ description: 'Open this URL in the browser (a top-level navigation) to sign in with the identity provider.' }) })
        .nullable()
        .openapi({ description: 'Null when no identity provider is configured for this tenant.' }),
    }),
  })
  .openapi('SignInMethods');

export const OidcCallbackQuery = z.object({
  code: z.string().max(2000).optional().openapi({ param: { name: 'code', in: 'query' } }),
  state: z.string().max(200).optional().openapi({ param: { name: 'state', in: 'query' } }),
  error: z.string().max(200).optional().openapi({ param: { name: 'error', in: 'query' } }),
});
