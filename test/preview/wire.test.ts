/** The preview's transport for google.script.run arguments, and the shim's placement. */
import {withShim} from '../../preview/server';
import {fromClientArgs, TAG} from '../../preview/wire';

describe('fromClientArgs', () => {
  it('keeps JSON values as they are', () => {
    const args = [1, 'a', true, null, [1, [2]], {a: {b: 'c'}}];
    expect(fromClientArgs(args)).toEqual(args);
  });

  it('rebuilds what JSON cannot carry, so the emulator can refuse it', () => {
    const [date, fn, undef, nan] = fromClientArgs([
      {[TAG]: 'Date', v: '2026-11-24T00:00:00.000Z'},
      {[TAG]: 'Function'},
      {[TAG]: 'undefined'},
      {[TAG]: 'number', v: 'NaN'},
    ]);
    expect(date).toBeInstanceOf(Date);
    expect((date as Date).toISOString()).toBe('2026-11-24T00:00:00.000Z');
    expect(typeof fn).toBe('function');
    expect(undef).toBeUndefined();
    expect(Number.isNaN(nan)).toBe(true);
  });

  it('turns a cycle marker back into a real cycle', () => {
    const [obj] = fromClientArgs([{name: 'x', self: {[TAG]: 'Cycle'}}]) as [
      Record<string, unknown>,
    ];
    expect(obj.self).toBe(obj);
  });

  it('keeps undefined inside arrays for the emulator to turn into null', () => {
    const [arr] = fromClientArgs([[1, {[TAG]: 'undefined'}, 3]]) as [unknown[]];
    expect(arr).toHaveLength(3);
    expect(arr[1]).toBeUndefined();
  });

  it('does not treat an owner object with a similar key as a marker', () => {
    const input = [{shuke: 'Date', v: 'x'}];
    expect(fromClientArgs(input)).toEqual(input);
  });
});

describe('withShim', () => {
  it('puts google.script.run first in <head>, with the function names', () => {
    const html =
      '<!DOCTYPE html><html><head><meta charset="utf-8"><script>app()</script></head><body></body></html>';
    const out = withShim(html, ['logSale', 'counterBootstrap']);
    const shim = out.indexOf('window.google.script');
    expect(out.indexOf('<head><script>')).toBeGreaterThan(0);
    expect(shim).toBeLessThan(out.indexOf('app()'));
    expect(out).toContain('["logSale","counterBootstrap"]');
  });

  it('cannot be broken out of by a function name', () => {
    const out = withShim('<head></head>', ['</script><b>x']);
    expect(out).not.toContain('</script><b>x');
  });
});
