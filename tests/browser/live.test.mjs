// A live session as trustees use it: three phones in a real chromium, the clerk
// driving `strongtrust live` through its standard input, ratings checked in the
// workbook. Elements are found by role and accessible name, as a screen reader would.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import {
    PERIOD, PHONE, TRUST, eventually, indicator, launchChromium, makeWorkbook, ratingsByName,
    startLive, tempDir, watchPage,
} from './support.mjs';

const NAMES = ['Jane Smith', 'Sam Patel', 'Ali Khan'];
const ENDED = 'This link is no longer valid: the live session has ended or the link is wrong. Ask the clerk.';
const CLOSED = 'Rating for this indicator is closed.';
// The page follows the clerk within a second.
const FOLLOW_MS = 1000;

const FIRST = indicator('governance.shared-accountability');
const SECOND = indicator('governance.strategic-direction');
const THIRD = indicator('governance.intervention');
const FOURTH = indicator('governance.collaboration');

function statementHeading(page, ind) {
    return page.getByRole('heading', { level: 1, name: ind.text, exact: true });
}

async function shows(page, ind, timeout = FOLLOW_MS) {
    await statementHeading(page, ind).waitFor({ state: 'visible', timeout });
}

async function says(page, text, timeout = 5000) {
    await page.getByText(text, { exact: true }).first().waitFor({ state: 'visible', timeout });
}

test('a live session on three phones', async (t) => {
    const dir = tempDir(t);
    const workbook = await makeWorkbook(dir, NAMES);
    const live = await startLive(workbook, dir);
    t.after(() => live.stop());

    const browser = await launchChromium();
    t.after(() => browser.close());

    const problems = [];
    const trustees = [];
    for (const name of NAMES) {
        const context = await browser.newContext(PHONE);
        const page = await context.newPage();
        watchPage(page, problems);
        // Every state answer this page receives, to check it holds nothing of the others.
        const states = [];
        page.on('response', async (response) => {
            if (new URL(response.url()).pathname === '/api/v1/state' && response.status() === 200) {
                try { states.push(await response.text()); } catch { /* page gone */ }
            }
        });
        trustees.push({ name, context, page, states, token: live.tokenOf(name) });
    }
    const [jane, sam, ali] = trustees;

    await t.test('the links file names every trustee, each with a token of their own', () => {
        assert.deepEqual(live.trustees.map((x) => x.name).sort(), [...NAMES].sort());
        for (const x of live.trustees) {
            assert.match(x.url, /^http:\/\/127\.0\.0\.1:\d+\/join#[A-Za-z0-9_-]{22,}$/);
        }
        const tokens = new Set(trustees.map((x) => x.token));
        assert.equal(tokens.size, NAMES.length, 'each trustee has a token of their own');
    });

    await t.test('each page opens on the clerk\'s current indicator', async () => {
        live.send(`current ${FIRST.id}`);
        // Give the session a moment to take the command before the pages load.
        await new Promise((r) => setTimeout(r, 300));
        for (const x of trustees) {
            await x.page.goto(live.urlOf(x.name));
            await shows(x.page, FIRST, 10000);
            await x.page.getByText(`Rating as ${x.name}`).waitFor();
            await x.page.getByText(TRUST).first().waitFor();
            await x.page.getByText(PERIOD).first().waitFor();
            // The indicator is a group named by its statement, with a radio for each level.
            const group = x.page.getByRole('group', { name: FIRST.text });
            await group.waitFor();
            for (const label of ['Emerging', 'Developing', 'Established', 'Leading', 'Not applicable'])
                await group.getByRole('radio', { name: new RegExp(`^${label}`) }).waitFor();
        }
    });

    await t.test('the page fits a 360-pixel phone, with targets a thumb can hit', async () => {
        const page = jane.page;
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= 360, `no sideways scrolling (the page is ${width} px wide)`);
        const targets = [
            ...(await page.getByRole('radio').all()).map((radio) => radio.locator('xpath=ancestor::label')),
            page.getByRole('button', { name: 'Previous' }),
            page.getByRole('button', { name: 'All indicators' }),
            page.getByRole('button', { name: 'Next' }),
            page.getByText('Guidance and questions'),
        ];
        for (const target of targets) {
            const box = await target.boundingBox();
            assert.ok(box && box.height >= 48, `${await target.innerText()}: ${box && box.height} px high`);
            assert.ok(box.x >= 0 && box.x + box.width <= 360, `${await target.innerText()} is on screen`);
        }
    });

    await t.test('the pages follow the clerk within a second', async () => {
        live.send(`current ${SECOND.id}`);
        await Promise.all(trustees.map((x) => shows(x.page, SECOND)));
        live.send(`current ${FIRST.id}`);
        await Promise.all(trustees.map((x) => shows(x.page, FIRST)));
    });

    const notes = {
        'Jane Smith': 'Jane thinks the minutes show challenge on coastal schools.',
        'Sam Patel': 'Sam would like outcome data by pupil group.',
        'Ali Khan': 'Ali saw reassurance accepted in place of evidence.',
    };
    const levels = { 'Jane Smith': 'Established', 'Sam Patel': 'Developing', 'Ali Khan': 'Not applicable' };
    const values = { Established: 3, Developing: 2, 'Not applicable': 'na' };

    await t.test('each trustee rates by choosing a level, adds a note, and the page says Saved', async () => {
        for (const x of trustees) {
            await x.page.getByRole('radio', { name: new RegExp(`^${levels[x.name]}`) }).click();
            await says(x.page, 'Saved');
            const noteSaved = x.page.waitForResponse((r) => r.request().method() === 'PUT' &&
                (r.request().postData() || '').includes(notes[x.name]));
            await x.page.getByRole('textbox', { name: /note/i }).fill(notes[x.name]);
            // Saved after a pause in typing, without leaving the field.
            const response = await noteSaved;
            assert.equal(response.status(), 200);
            await says(x.page, 'Saved');
        }
        const stored = await ratingsByName(workbook, dir);
        for (const x of trustees) {
            assert.deepEqual(stored[x.name][FIRST.id], { level: values[levels[x.name]], note: notes[x.name] },
                `${x.name}'s rating in the workbook`);
        }
    });

    await t.test('nothing of one trustee reaches another', async () => {
        for (const x of trustees) await x.page.reload();
        for (const x of trustees) {
            await shows(x.page, FIRST, 10000);
            assert.equal(await x.page.getByRole('textbox', { name: /note/i }).inputValue(), notes[x.name]);
            assert.ok(await x.page.getByRole('radio', { name: new RegExp(`^${levels[x.name]}`) }).isChecked());
            const text = await x.page.locator('body').innerText();
            assert.ok(x.states.length > 0, `${x.name}'s page read the state`);
            for (const other of trustees) {
                if (other === x) continue;
                assert.ok(!text.includes(notes[other.name]), `${other.name}'s note is not on ${x.name}'s page`);
                assert.ok(!text.includes(other.name), `${other.name}'s name is not on ${x.name}'s page`);
                for (const body of x.states) {
                    assert.ok(!body.includes(notes[other.name]), `${other.name}'s note is not in ${x.name}'s state`);
                    assert.ok(!body.includes(other.name), `${other.name}'s name is not in ${x.name}'s state`);
                    assert.ok(!body.includes(other.token), `${other.name}'s token is not in ${x.name}'s state`);
                }
            }
            const state = JSON.parse(x.states[x.states.length - 1]);
            assert.equal(state.trustee.name, x.name);
            assert.deepEqual(Object.keys(state.ratings), [FIRST.id], `${x.name}'s state holds only their own rating`);
            assert.equal(state.ratings[FIRST.id].level, values[levels[x.name]]);
            // The token stays in the address, never in storage.
            const stored = await x.page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
            assert.ok(!stored.includes(x.token), `${x.name}'s token is not in the browser's storage`);
        }
    });

    await t.test('a trustee moves at their own pace, and sees what they have rated', async () => {
        const page = jane.page;
        await page.getByRole('button', { name: 'Next' }).click();
        await shows(page, SECOND);
        // The board is elsewhere: a bar offers the way back.
        await page.getByRole('button', { name: 'Go there' }).waitFor();
        await page.getByRole('button', { name: 'All indicators' }).click();
        const rated = page.getByRole('button', { name: new RegExp(FIRST.text.slice(0, 40)) });
        await rated.getByText(/rated \(Established\)/).waitFor();
        await page.getByRole('button', { name: new RegExp(SECOND.text.slice(0, 40)) }).getByText('not rated').waitFor();
        await page.getByRole('button', { name: new RegExp(THIRD.text.slice(0, 40)) }).click();
        await shows(page, THIRD);
        await page.getByRole('radio', { name: /^Leading/ }).click();
        await says(page, 'Saved');
        await page.getByRole('button', { name: 'Go there' }).click();
        await shows(page, FIRST);
        const stored = await ratingsByName(workbook, dir);
        assert.equal(stored['Jane Smith'][THIRD.id].level, 4);
    });

    await t.test('typing a note holds the page, and offers the way to the board', async () => {
        const page = sam.page;
        const note = page.getByRole('textbox', { name: /note/i });
        await note.click();
        await note.pressSequentially(' And by school.', { delay: 20 });
        live.send(`current ${SECOND.id}`);
        await Promise.all([jane, ali].map((x) => shows(x.page, SECOND)));
        await page.getByText(/^The board has moved on to: /).waitFor({ timeout: FOLLOW_MS });
        await shows(page, FIRST, 100);
        assert.equal(await note.inputValue(), notes['Sam Patel'] + ' And by school.');
        await page.getByRole('button', { name: 'Go there' }).click();
        await shows(page, SECOND);
        const stored = await eventually(async () => {
            const s = await ratingsByName(workbook, dir);
            return s['Sam Patel'][FIRST.id].note.endsWith('And by school.') && s;
        }, { what: 'the note saved on leaving the field' });
        assert.equal(stored['Sam Patel'][FIRST.id].level, 2);
    });

    await t.test('a closed indicator cannot be rated', async () => {
        live.send(`close ${SECOND.id}`);
        for (const x of trustees) {
            await says(x.page, CLOSED);
            for (const radio of await x.page.getByRole('radio').all()) assert.ok(await radio.isDisabled());
        }
        // A page that has not yet heard of the closing is refused by the server, and says why.
        const context = await browser.newContext(PHONE);
        t.after(() => context.close());
        const page = await context.newPage();
        watchPage(page, problems);
        await page.route('**/api/v1/events', (route) => route.abort());
        await page.route('**/api/v1/state', async (route) => {
            const response = await route.fetch();
            const state = await response.json();
            if (!state.open.includes(SECOND.id)) state.open.push(SECOND.id);
            await route.fulfill({ response, json: state });
        });
        await page.goto(live.urlOf('Ali Khan'));
        await shows(page, SECOND, 10000);
        const refused = page.waitForResponse((r) => r.request().method() === 'PUT');
        await page.getByRole('radio', { name: /^Emerging/ }).click();
        const response = await refused;
        assert.equal(response.status(), 409);
        const sentence = (await response.json()).error;
        assert.ok(sentence, 'the server says why');
        await says(page, sentence);
        assert.ok(!(await page.getByText('Not yet saved — will retry').isVisible()), 'nothing is kept to retry');
        const stored = await ratingsByName(workbook, dir);
        assert.equal(stored['Ali Khan'][SECOND.id], undefined, 'the refused rating is not in the workbook');
        await context.close();

        live.send(`open ${SECOND.id}`);
        for (const x of trustees) {
            await x.page.getByText(CLOSED).waitFor({ state: 'hidden', timeout: 5000 });
            assert.ok(await x.page.getByRole('radio', { name: /^Emerging/ }).isEnabled());
        }
    });

    await t.test('a rating is withdrawn', async () => {
        live.send(`current ${FIRST.id}`);
        await Promise.all(trustees.map((x) => shows(x.page, FIRST)));
        const page = ali.page;
        const put = page.waitForResponse((r) => r.request().method() === 'PUT');
        await page.getByRole('button', { name: 'Withdraw my rating' }).click();
        assert.equal((await put).status(), 200);
        await says(page, 'Saved');
        for (const radio of await page.getByRole('radio').all()) assert.ok(!(await radio.isChecked()));
        const stored = await ratingsByName(workbook, dir);
        const left = stored['Ali Khan'][FIRST.id];
        assert.ok(left === undefined || left.level === null, `Ali's rating is withdrawn (${JSON.stringify(left)})`);
    });

    await t.test('a page that loses the network keeps the rating and sends it later', async () => {
        live.send(`current ${FOURTH.id}`);
        await Promise.all(trustees.map((x) => shows(x.page, FOURTH)));
        await sam.context.setOffline(true);
        await sam.page.getByRole('radio', { name: /^Established/ }).click();
        await says(sam.page, 'Not yet saved — will retry');
        let stored = await ratingsByName(workbook, dir);
        assert.equal(stored['Sam Patel'][FOURTH.id], undefined, 'not in the workbook while offline');
        // Still kept after a while of failing.
        await new Promise((r) => setTimeout(r, 2500));
        await says(sam.page, 'Not yet saved — will retry');
        await sam.context.setOffline(false);
        await says(sam.page, 'Saved', 12000);
        stored = await ratingsByName(workbook, dir);
        assert.equal(stored['Sam Patel'][FOURTH.id]?.level, 3);
    });

    await t.test('an unsent rating outlives a reload of the page', async () => {
        const page = ali.page;
        await ali.context.setOffline(true);
        await page.getByRole('radio', { name: /^Emerging/ }).click();
        await says(page, 'Not yet saved — will retry');
        // The network is back, but no rating gets through until after the reload.
        const puts = '**/api/v1/ratings/**';
        await page.route(puts, (route) => route.abort());
        await ali.context.setOffline(false);
        await page.reload();
        await shows(page, FOURTH, 10000);
        assert.ok(await page.getByRole('radio', { name: /^Emerging/ }).isChecked(), 'the unsent rating is shown');
        await says(page, 'Not yet saved — will retry');
        await page.unroute(puts);
        await says(page, 'Saved', 12000);
        const stored = await ratingsByName(workbook, dir);
        assert.equal(stored['Ali Khan'][FOURTH.id]?.level, 1);
        const kept = await page.evaluate(() => JSON.stringify({ ...localStorage }));
        assert.ok(!kept.includes(ali.token), 'the token is not kept');
        assert.ok(!kept.includes('"pending"'), 'nothing is left pending once saved');
    });

    await t.test('a rating refused for too many requests (429) is kept and sent again', async () => {
        const page = jane.page;
        let refusals = 0;
        await page.route('**/api/v1/ratings/**', async (route) => {
            if (refusals++ === 0) {
                await route.fulfill({ status: 429, json: { error: 'Too many requests: wait a moment.' } });
            } else {
                await route.continue();
            }
        });
        await page.getByRole('radio', { name: /^Leading/ }).click();
        await says(page, 'Not yet saved — will retry');
        await says(page, 'Saved', 8000);
        await page.unroute('**/api/v1/ratings/**');
        const stored = await ratingsByName(workbook, dir);
        assert.equal(stored['Jane Smith'][FOURTH.id]?.level, 4);
    });

    await t.test('when the clerk stops the session, the stream\'s end tells every page', async () => {
        live.send('stop');
        const ended = await live.exited;
        assert.deepEqual(ended, [0, null], `strongtrust live's exit after stop\n${live.output()}`);
        // The contract: the event stream ends with `event: ended`.
        for (const x of trustees) await says(x.page, ENDED, 3000);
        for (const radio of await jane.page.getByRole('radio').all()) assert.ok(await radio.isDisabled());
    });

    await t.test('no token was printed', () => {
        const printed = live.output();
        for (const x of trustees) assert.ok(!printed.includes(x.token), `${x.name}'s token is not printed`);
    });

    await t.test('a link of an ended session is refused (401), and its page says so', async () => {
        // A new session on the same address: the old tokens are no longer valid there.
        const again = await startLive(workbook, dir, { listen: new URL(live.address).host, linksName: 'links-again.json' });
        t.after(() => again.stop());
        assert.equal(again.address, live.address);
        for (const x of trustees) assert.notEqual(again.tokenOf(x.name), x.token, 'a new session makes new tokens');
        // Pages still trying are told on their next request; a page opened now at once.
        for (const x of trustees) await says(x.page, ENDED, 5000);
        const context = await browser.newContext(PHONE);
        const page = await context.newPage();
        watchPage(page, problems);
        const answered = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/state');
        await page.goto(live.urlOf('Jane Smith'));
        assert.equal((await answered).status(), 401);
        await says(page, ENDED);
        assert.equal(await page.getByRole('radio').count(), 0, 'nothing to rate');
        await context.close();
        await again.stop();
    });

    await t.test('the page ran under the server\'s policy without a script error', () => {
        assert.deepEqual(problems, []);
    });

    await t.test('the workbook has every trustee\'s last word', async () => {
        const stored = await ratingsByName(workbook, dir);
        assert.equal(stored['Jane Smith'][FIRST.id].level, 3);
        assert.equal(stored['Jane Smith'][THIRD.id].level, 4);
        assert.equal(stored['Sam Patel'][FIRST.id].level, 2);
        assert.equal(stored['Sam Patel'][FOURTH.id].level, 3);
        assert.equal(stored['Jane Smith'][FOURTH.id].level, 4);
        assert.equal(stored['Ali Khan'][FOURTH.id].level, 1);
        assert.ok(!stored['Ali Khan'][FIRST.id] || stored['Ali Khan'][FIRST.id].level === null);
    });
});
