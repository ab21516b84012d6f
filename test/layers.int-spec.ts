import { describe, expect, it } from '@jest/globals';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
/** The part of a dependency-cruiser rule this test reads. */
interface Rule {
  name: string;
  from: { path?: string; pathNot?: string };
  to: { path?: string; pathNot?: string | string[] };
}
const rules = require(join(root, '.dependency-cruiser.cjs')) as {
  forbidden: Rule[];
  options: Record<string, unknown>;
};
const libs = readdirSync(join(root, 'libs')).sort();
const json = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));

/** A lib that nobody registered would escape the layer rules: each one is declared wherever libs are listed. */
describe('every lib is a bounded context with a public surface and a layer', () => {
  it.each(libs)('%s has src/index.ts, a "#name" import, a Nest project and a place in the layer order', (lib) => {
    expect(existsSync(join(root, 'libs', lib, 'src/index.ts'))).toBe(true);
    const entry = json('package.json').imports[`#${lib}`];
    expect(entry).toEqual({
      'rex587-source': `./libs/${lib}/src/index.ts`,
      types: `./libs/${lib}/src/index.ts`,
      default: `./dist/libs/${lib}/src/index.js`,
    });
    // The first condition that matches wins: jest's source must come before node's dist.
    expect(Object.keys(entry)[0]).toBe('rex587-source');
    expect(json('nest-cli.json').projects[lib]).toMatchObject({ type: 'library', sourceRoot: `libs/${lib}/src` });
    const layered = rules.forbidden.some(
      (rule) => rule.name === `layer-${lib}` || String(rule.to.path ?? '').includes(`|${lib})`),
    );
    expect(layered).toBe(true);
  });
});

describe('the dependency rules hold and would catch a breach', () => {
  const violations = (result: ICruiseResult) =>
    result.summary.violations.map((violation) => `${violation.rule.name}: ${violation.from} → ${violation.to}`);

  it('finds no violation in the code as it is', async () => {
    const { output } = await cruise(['libs', 'apps/api', 'apps/worker', 'test'], {
      ruleSet: { forbidden: rules.forbidden },
      ...rules.options,
    });
    expect(violations(output as ICruiseResult)).toEqual([]);
  }, 120_000);

  /** Whether `rule` forbids `from` importing `to` (depcruise's `$1` stands for the first group `from` matched). */
  const forbids = (rule: Rule, from: string, to: string) => {
    const matched = new RegExp(String(rule.from.path ?? '.')).exec(from);
    if (!matched || (rule.from.pathNot !== undefined && new RegExp(rule.from.pathNot).test(from))) return false;
    const group = (pattern: unknown) => new RegExp(String(pattern).replace('$1', matched[1] ?? ''));
    const nots = [rule.to.pathNot ?? []].flat();
    return group(rule.to.path).test(to) && !nots.some((pattern) => group(pattern).test(to));
  };
  const refused = (from: string, to: string) =>
    rules.forbidden.filter((rule) => forbids(rule, from, to)).map((rule) => rule.name);

  it('refuses every import upward in the layer order and none downward', () => {
    const order = libs
      .map((lib) => ({ lib, above: String(rules.forbidden.find((r) => r.name === `layer-${lib}`)?.to.path ?? '') }))
      .sort((a, b) => b.above.split('|').length - a.above.split('|').length)
      .map(({ lib }) => lib);
    expect(order[0]).toBe('contracts');
    expect(order.at(-1)).toBe('schema');
    for (const [low, lib] of order.entries()) {
      for (const [high, other] of order.entries()) {
        if (low === high) continue;
        const names = refused(`libs/${lib}/src/a.ts`, `libs/${other}/src/index.ts`);
        expect({ lib, other, refused: names.includes(`layer-${lib}`) }).toEqual({ lib, other, refused: low < high });
      }
    }
  });

  it("refuses a path into another lib's files, from a lib, an app or a test, but not into its own", () => {
    expect(refused('libs/progress/src/a.ts', 'libs/plan/src/milestone.repository.ts')).toContain('lib-internals');
    expect(refused('libs/plan/src/a.ts', 'libs/plan/src/milestone.repository.ts')).toEqual([]);
    expect(refused('libs/progress/src/a.ts', 'libs/plan/src/index.ts')).toEqual([]);
    expect(refused('apps/api/src/a.ts', 'libs/plan/src/milestone.repository.ts')).toContain(
      'lib-internals-from-apps-and-tests',
    );
    expect(refused('test/api/a.e2e-spec.ts', 'libs/plan/src/index.ts')).toEqual([]);
    expect(refused('libs/plan/src/a.ts', 'apps/api/src/main.ts')).toContain('libs-below-apps');
    expect(refused('apps/worker/src/a.ts', 'apps/api/src/main.ts')).toContain('apps-apart');
    expect(refused('libs/plan/src/a.ts', 'test/support/test-database.ts')).toContain('no-tests-in-production-code');
    expect(refused('libs/plan/src/a.int-spec.ts', 'test/support/test-database.ts')).toEqual([]);
  });
});
