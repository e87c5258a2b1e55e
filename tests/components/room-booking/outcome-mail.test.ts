/// <reference types="mocha" />
/**
 * The success text says what this server really does: an e-mail is promised
 * only when the server sends one (`emailNotifications` of the answer).
 */
import { expect } from '@open-wc/testing';
import { roomScenarios } from '@teilhabe/mocks';
import { fillValidRequest, mockApi, renderBooking, waitFor } from './support.js';

async function sendRequest() {
  const element = await renderBooking({}, 'room="rathaus-sitzungszimmer"');
  const root = await fillValidRequest(element);
  root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await waitFor(() => root.querySelector('.success'), 'the confirmation');
  return root.querySelector('.success')!.textContent!.replace(/\s+/g, ' ');
}

describe('room booking: what the success text promises', function () {
  this.timeout(60_000);

  it('promises an e-mail when the server sends one', async () => {
    await mockApi(roomScenarios.rooms());
    const text = await sendRequest();
    expect(text).to.match(/E-Mail an ali@example\.org|Bestätigung geht an ali@example\.org/);
  });

  it('promises no e-mail on a server without mail, and points to the link', async () => {
    await mockApi(roomScenarios.roomsWithoutMail());
    const text = await sendRequest();
    expect(text).to.contain('keine E-Mail');
    expect(text).not.to.contain('ali@example.org');
    expect(text).to.contain('persönlichen Link');
  });
});
