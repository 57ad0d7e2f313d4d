/** The daily run's other jobs (src/usecases/daily): their sections and their failures. */
import {DailyJob} from '../../src/usecases/daily/jobs';
import {makeShop, Shop} from './shop';

const job = (run: DailyJob['run']): DailyJob => ({
  id: 'test-job',
  name: {'zh-CN': '测试任务', 'zh-TW': '測試任務', en: 'Test job'},
  run,
});

describe('daily jobs', () => {
  let shop: Shop;
  afterEach(() => shop?.uninstall());

  it("puts a job's section in the digest, even on a day with nothing else to say", () => {
    shop = makeShop({settings: {allClearEmail: false}});
    const seen: string[] = [];
    const r = shop.run({
      jobs: [
        job(ctx => {
          seen.push(ctx.todayIso);
          return {sections: [{title: '升级', lines: ['王秀英 → 金卡 <b>']}]};
        }),
      ],
    });
    expect(seen).toEqual([r.day]);
    expect(r.digest).toBe('sent');
    const [d] = shop.digests();
    expect(d.body).toContain('== 升级 ==');
    expect(d.body).toContain('* 王秀英 → 金卡 <b>');
    expect(d.html).toContain('王秀英 → 金卡 &lt;b&gt;');
  });

  it('a job that throws is named in the digest in the book language, and the run goes on', () => {
    shop = makeShop({settings: {allClearEmail: false}});
    const after: string[] = [];
    const r = shop.run({
      jobs: [
        job(() => {
          throw new Error('boom');
        }),
        {...job(() => void after.push('ran')), id: 'second'},
      ],
    });
    expect(after).toEqual(['ran']);
    expect(r.outcome).toBe('done');
    expect(shop.digests()[0].body).toContain(
      '今天的「测试任务」没有完成（boom）',
    );
  });

  it('an empty section is left out', () => {
    shop = makeShop({settings: {allClearEmail: false}});
    const r = shop.run({
      jobs: [job(() => ({sections: [{title: 'x', lines: []}]}))],
    });
    expect(r.digest).toBe('none');
  });
});
