/**
 * google.script.run.
 * Docs: Class google.script.run (HTML service reference): "Legal parameters are JavaScript
 * primitives like a Number, Boolean, String, or null, as well as JavaScript objects and
 * arrays that are composed of primitives, objects, and arrays… Requests fail if you
 * attempt to pass a Date, Function, DOM element besides a form, or other prohibited type,
 * including prohibited types inside objects or arrays. Objects that create circular
 * references will also fail, and undefined fields within arrays become null." Return
 * values follow the same rules; a result holding a Date reaches the client as null.
 */
import {createEmulator} from '../../emulator';

function emulator() {
  const emu = createEmulator({scopes: 'all'});
  emu.functions.set('echo', (...args: unknown[]) => args);
  emu.functions.set('today', () => ({day: new Date(), n: 1}));
  emu.functions.set('mode', () => emu.rt.execution.authMode);
  emu.functions.set('helper_', () => 'private');
  emu.functions.set('boom', () => {
    throw new Error('no such customer');
  });
  return emu;
}

test('arguments are copied; undefined in arrays becomes null; undefined fields are dropped', async () => {
  const emu = emulator();
  const arg = {a: [1, undefined, 'x'], b: undefined, c: {d: null}};
  const out = (await emu.scriptRun('echo', [arg, undefined])) as unknown[];
  expect(out).toEqual([{a: [1, null, 'x'], c: {d: null}}, null]);
  expect(out[0]).not.toBe(arg);
});

test('a Date, a function or a cycle in the arguments makes the call fail', async () => {
  const emu = emulator();
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  await expect(emu.scriptRun('echo', [{when: new Date()}])).rejects.toThrow(
    /is a Date/,
  );
  await expect(emu.scriptRun('echo', [[() => 1]])).rejects.toThrow(
    /is a function/,
  );
  await expect(emu.scriptRun('echo', [cyclic])).rejects.toThrow(/circular/);
});

test('a result holding a Date arrives as null', async () => {
  await expect(emulator().scriptRun('today')).resolves.toBeNull();
});

test('calls are asynchronous, run in FULL mode, and server errors reject', async () => {
  const emu = emulator();
  let settled = false;
  const p = emu.scriptRun('mode').then(v => {
    settled = true;
    return v;
  });
  expect(settled).toBe(false);
  await expect(p).resolves.toBe('FULL');
  await expect(emu.scriptRun('boom')).rejects.toThrow('no such customer');
  // "Private functions": a name ending in an underscore is not callable from the client.
  await expect(emu.scriptRun('helper_')).rejects.toThrow(
    /Script function not found/,
  );
  await expect(emu.scriptRun('missing')).rejects.toThrow(
    /Script function not found: missing/,
  );
});
