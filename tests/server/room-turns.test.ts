/**
 * Booking requests for one room take turns in the process (room-turns.ts):
 * one after another in the order they came, a failed turn does not hold up
 * the next, and other rooms do not wait.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';
import { inRoomTurn } from '../../packages/server/src/resources/bookings/room-turns.js';

describe('room turns', () => {
  test('tasks of one room run one at a time, in the order they came', async () => {
    const owner = {};
    const log: string[] = [];
    let running = 0;
    let most = 0;
    const task = (name: string, ms: number) => async () => {
      running++;
      most = Math.max(most, running);
      log.push(`start ${name}`);
      await delay(ms);
      log.push(`end ${name}`);
      running--;
      return name;
    };
    const results = await Promise.all([inRoomTurn(owner, 'saal', task('a', 30)), inRoomTurn(owner, 'saal', task('b', 1)), inRoomTurn(owner, 'saal', task('c', 10))]);
    assert.deepEqual(results, ['a', 'b', 'c']);
    assert.equal(most, 1);
    assert.deepEqual(log, ['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  test('a failed turn passes on to the next, and its error reaches its own caller', async () => {
    const owner = {};
    const first = inRoomTurn(owner, 'saal', async () => {
      await delay(5);
      throw new Error('the time is taken');
    });
    const second = inRoomTurn(owner, 'saal', async () => 'booked');
    await assert.rejects(first, /the time is taken/);
    assert.equal(await second, 'booked');
  });

  test('other rooms and other databases do not wait', async () => {
    const owner = {};
    let release!: () => void;
    const blocked = inRoomTurn(owner, 'saal', () => new Promise<void>((resolve) => (release = resolve)));
    assert.equal(await inRoomTurn(owner, 'kueche', async () => 'free'), 'free');
    assert.equal(await inRoomTurn({}, 'saal', async () => 'elsewhere'), 'elsewhere');
    release();
    await blocked;
  });
});
