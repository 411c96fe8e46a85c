// The official Direct Line client (botframework-directlinejs, the one Web Chat uses) made runnable in node:
// it expects the browser's XMLHttpRequest and WebSocket, so node gets the usual stand-ins for both.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
globalThis.XMLHttpRequest ??= require('xhr2');
globalThis.WebSocket ??= require('ws');

export const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const patience = 60_000;

/**
 * Subscribes to everything the client receives; waitFor resolves once some received activity matches
 * (including ones that arrived before the call) and rejects after a minute.
 */
export function record(directLine) {
  const received = [];
  const waiters = new Set();
  const subscription = directLine.activity$.subscribe((activity) => {
    received.push(activity);
    for (const waiter of waiters) {
      waiter.check();
    }
  });

  return {
    received,
    waitFor(matches) {
      return new Promise((resolve, reject) => {
        const waiter = {
          check() {
            const found = received.find(matches);
            if (found) {
              clearTimeout(waiter.timer);
              waiters.delete(waiter);
              resolve(found);
            }
          },
          timer: setTimeout(() => {
            waiters.delete(waiter);
            reject(new Error('No matching activity arrived within a minute'));
          }, patience),
        };
        waiters.add(waiter);
        waiter.check();
      });
    },
    stop() {
      subscription.unsubscribe();
      directLine.end();
    },
  };
}

/** postActivity as a promise of the id the channel assigned. */
export function post(directLine, activity) {
  return new Promise((resolve, reject) => {
    directLine.postActivity(activity).subscribe({
      next: (id) => (id === 'retry' ? reject(new Error('The channel refused the activity')) : resolve(id)),
      error: reject,
    });
  });
}
