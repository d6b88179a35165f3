// What the browser tests share: the strongtrust executable, a chromium driven by
// playwright-core, temporary workbooks, and a live session run as a child process.

import { spawn, execFile } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..', '..');

// playwright-core missing is a failure with a way out, never a skip.
export async function loadPlaywright() {
    try {
        return await import('playwright-core');
    } catch (error) {
        throw new Error(
            'playwright-core is not installed in tests/browser/node_modules: run ' +
            '`npm ci --prefix tests/browser --no-audit --no-fund` (scripts/bootstrap.sh test does). ' +
            `(${error.message})`);
    }
}

export const chromiumPath = process.env.STRONGTRUST_CHROMIUM || '/usr/bin/chromium';

export async function launchChromium() {
    if (!fs.existsSync(chromiumPath))
        throw new Error(`No chromium at ${chromiumPath}: install Debian's package chromium ` +
            '(scripts/bootstrap.sh test does) or name another with STRONGTRUST_CHROMIUM.');
    const { chromium } = await loadPlaywright();
    // Tests run as root in CI (no sandbox), on a machine with no way out (nothing in the background).
    return chromium.launch({
        executablePath: chromiumPath,
        args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update',
            '--disable-sync', '--no-first-run', '--disable-quic'],
    });
}

export function strongtrustExe() {
    const exe = process.env.STRONGTRUST_EXE;
    if (!exe || !fs.existsSync(exe))
        throw new Error('STRONGTRUST_EXE must name the built strongtrust executable ' +
            `(ctest sets it); it is ${exe ? `"${exe}", which does not exist` : 'not set'}.`);
    return exe;
}

// The same environment as the C++ tests: no display, sanitizers that stop at the first report.
function childEnv() {
    return { ...process.env, QT_QPA_PLATFORM: 'offscreen' };
}

// Runs one headless command; resolves with {code, stdout, stderr}.
export function run(args, { input } = {}) {
    return new Promise((resolve) => {
        const child = execFile(strongtrustExe(), args, { env: childEnv(), maxBuffer: 64 << 20 },
            (error, stdout, stderr) => {
                resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
            });
        if (input !== undefined) child.stdin.end(input);
    });
}

// Runs one command that must succeed.
export async function must(args) {
    const result = await run(args);
    if (result.code !== 0)
        throw new Error(`strongtrust ${args.join(' ')} exited ${result.code}\n${result.stdout}\n${result.stderr}`);
    return result;
}

export function tempDir(t) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strongtrust-browser-'));
    t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
    return dir;
}

export const TRUST = 'Oakfield Learning Trust';
export const PERIOD = '2025/26';
export const FRAMEWORK = JSON.parse(fs.readFileSync(
    path.join(repoRoot, 'resources', 'frameworks', 'cst-strong-trust.json'), 'utf8'));

// Indicators as the interchange format names them: DOMAIN.INDICATOR, with their statement.
export const INDICATORS = FRAMEWORK.domains.flatMap((d) =>
    d.indicators.map((i) => ({ id: `${d.id}.${i.id}`, text: i.text, domain: d.title })));
export function indicator(id) {
    const found = INDICATORS.find((i) => i.id === id);
    if (!found) throw new Error(`no indicator ${id} in the framework`);
    return found;
}

// A workbook of TRUST with PERIOD started and the trustees named (brought in by an
// empty return, as a trustee's first return would bring them).
export async function makeWorkbook(dir, names, earlier = []) {
    const workbook = path.join(dir, 'oakfield.strongtrust');
    await must(['new', workbook, '--trust', TRUST]);
    await must(['start', workbook, '--period', PERIOD]);
    const raters = names.map((name, i) => ({ id: `r${i + 1}`, name }));
    const ratings = earlier.map((r) => ({
        rater: raters.find((x) => x.name === r.name).id, indicator: r.indicator, level: r.level,
        ...(r.note ? { note: r.note } : {}),
    }));
    const ret = {
        format: 'strongtrust-assessment', formatVersion: 1,
        trust: { name: TRUST },
        framework: { id: FRAMEWORK.id, version: FRAMEWORK.version },
        period: PERIOD, raters, ratings,
    };
    const file = path.join(dir, 'trustees.json');
    fs.writeFileSync(file, JSON.stringify(ret, null, 2));
    await must(['import', workbook, file]);
    return workbook;
}

// The workbook's ratings of PERIOD by trustee name: {name: {indicatorId: {level, note}}}.
export async function ratingsByName(workbook, dir) {
    const out = path.join(dir, `export-${Date.now()}-${Math.random().toString(36).slice(2)}.json`);
    await must(['export', workbook, '--period', PERIOD, '--json', out]);
    const doc = JSON.parse(fs.readFileSync(out, 'utf8'));
    fs.rmSync(out, { force: true });
    const names = new Map((doc.raters || []).map((r) => [r.id, r.name]));
    const byName = {};
    for (const name of names.values()) byName[name] = {};
    for (const r of doc.ratings || []) {
        const name = names.get(r.rater);
        byName[name][r.indicator] = { level: r.level, note: r.note || '' };
    }
    return byName;
}

// `strongtrust live` as a child: waits for its address and the links file; send() writes
// one command line to its standard input.
export async function startLive(workbook, dir, { period = PERIOD, listen = '127.0.0.1:0', linksName = 'links.json' } = {}) {
    const links = path.join(dir, linksName);
    const child = spawn(strongtrustExe(),
        ['live', workbook, '--period', period, '--listen', listen, '--links', links],
        { env: childEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stderr.on('data', (chunk) => { output += chunk; });
    const exited = once(child, 'exit');
    const lines = createInterface({ input: child.stdout });
    const address = await new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`strongtrust live printed no address in 60 s\n${output}`)), 60000);
        lines.on('line', (line) => {
            output += line + '\n';
            const m = /Listening on (http:\/\/\S+)/.exec(line);
            if (m) { clearTimeout(timer); resolve(m[1].replace(/\/$/, '')); }
        });
        child.on('exit', (code, signal) => {
            clearTimeout(timer);
            reject(new Error(`strongtrust live exited (${code ?? signal}) before listening\n${output}`));
        });
    });
    // The links file may be written just after the address is printed.
    const trustees = await eventually(() => JSON.parse(fs.readFileSync(links, 'utf8')).trustees,
        { timeout: 10000, what: `the links file ${links}` });
    return {
        address,
        trustees,
        linksFile: links,
        urlOf(name) {
            const t = trustees.find((x) => x.name === name);
            if (!t) throw new Error(`no link for ${name} in ${JSON.stringify(trustees.map((x) => x.name))}`);
            return t.url;
        },
        tokenOf(name) { return new URL(this.urlOf(name)).hash.slice(1); },
        send(line) { child.stdin.write(line + '\n'); },
        output() { return output; },
        exited,
        // Ends the session with SIGTERM (unless it ended already); resolves with how it exited.
        async stop() {
            if (child.exitCode === null && child.signalCode === null) {
                child.kill('SIGTERM');
                const timer = setTimeout(() => child.kill('SIGKILL'), 20000);
                await exited;
                clearTimeout(timer);
            }
            return { code: child.exitCode, signal: child.signalCode };
        },
        child,
    };
}

// Waits until fn() is truthy (polling), or fails with what it last saw.
export async function eventually(fn, { timeout = 5000, interval = 100, what = 'condition' } = {}) {
    const end = Date.now() + timeout;
    let last;
    for (;;) {
        try {
            last = await fn();
            if (last) return last;
        } catch (error) {
            last = error;
        }
        if (Date.now() > end) throw new Error(`${what} not met within ${timeout} ms (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
        await new Promise((r) => setTimeout(r, interval));
    }
}

// Fails the test on anything the page itself reports as wrong: script errors and
// Content-Security-Policy refusals (the page must run under the server's strict policy).
export function watchPage(page, problems) {
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text()))
            problems.push(`console: ${message.text()}`);
    });
}

export const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
export const LAPTOP = { viewport: { width: 1280, height: 800 } };
