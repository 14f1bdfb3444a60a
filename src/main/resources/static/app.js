// The demo checkout page: plain fetch calls to the public API and an SVG drawn by hand; no build step, no library.
const $ = (id) => document.getElementById(id);
const SVG = 'http://www.w3.org/2000/svg';

// The service answers canonical codes; a shopper reads names. A code not listed here is shown as it is.
const BANKS = {
  HDFC: 'HDFC Bank', SBI: 'SBI', ICICI: 'ICICI Bank', AXIS: 'Axis Bank', KOTAK: 'Kotak Mahindra Bank',
  IDFC: 'IDFC FIRST Bank', BOBARODA: 'Bank of Baroda', INDUSIND: 'IndusInd Bank', YESBANK: 'YES Bank',
  AUSMALLFINANCE: 'AU Small Finance Bank', FEDERALBANK: 'Federal Bank', RBL: 'RBL Bank', AMEX: 'American Express',
  HSBC: 'HSBC', STANC: 'Standard Chartered', CITI: 'Citi', PNB: 'Punjab National Bank', CANARA: 'Canara Bank',
  UNIONBANK: 'Union Bank of India', BANKOFINDIA: 'Bank of India', UCO: 'UCO Bank', BAJAJFINSERV: 'Bajaj Finserv',
  FLIPKARTAXISBANK: 'Flipkart Axis Bank', FLIPKARTSBI: 'Flipkart SBI', FLIPKARTBAJAJFINSERV: 'Flipkart Bajaj Finserv',
  DBS: 'DBS Bank', ONECARD: 'OneCard',
};
const INSTRUMENTS = {
  CREDIT: 'Credit or debit card', CREDIT_CARD: 'Credit card', DEBIT: 'Debit card', EMI_OPTIONS: 'Credit card EMI',
  DEBIT_EMI: 'Debit card EMI', NET_OPTIONS: 'Net banking', UPI: 'UPI', UPI_INTENT: 'UPI app', UPI_COLLECT: 'UPI ID',
  FK_UPI: 'Flipkart UPI', PHONEPE: 'PhonePe', GOOGLEPAY: 'Google Pay', PAYTM: 'Paytm', BHIM: 'BHIM',
  MOBIKWIK: 'MobiKwik', CRED: 'CRED', AMAZONPAY: 'Amazon Pay',
};
const ANY_BANK = 'Any bank, with a UPI app';
const bankName = (code) => (code == null ? ANY_BANK : BANKS[code] ?? code);
const instrumentName = (code) => (code == null ? 'any way to pay' : INSTRUMENTS[code] ?? code);

// Indian grouping (₹1,00,000); paise only when there are some.
const WHOLE = new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR', maximumFractionDigits: 0 });
const EXACT = new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR', minimumFractionDigits: 2 });
const paise = (rupees) => Math.round(Number(rupees) * 100);
const money = (rupees) => (paise(rupees) % 100 === 0 ? WHOLE.format(paise(rupees) / 100) : EXACT.format(rupees));
const payable = (amount, discount) => money((paise(amount) - paise(discount)) / 100);

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children.filter((c) => c != null));
  return node;
}

// A problem (RFC 9457) in a shopper's words, by its type; the service's own detail goes beside it, small.
const PROBLEM = 'urn:flipkart-offers:problem:';
const AGAIN = 'Please reload the page and try again.';
const PROBLEMS = {
  'invalid-parameter': 'Please check your cart: the amount, the bank and the way to pay.',
  'malformed-body': "This doesn't look like a payment page's response. Paste the whole response the payment page "
    + 'returned, or choose one of the captures.',
  'invalid-request': `The offers service could not read this request. ${AGAIN}`,
  unauthorized: 'Learning offers needs the API key: enter it under "The payment page\'s response (JSON), and the '
    + 'API key" and try again.',
  'origin-not-allowed': 'This page is not allowed to use the offers service from this address.',
  'not-found': `The offers service could not find what this page asked for. ${AGAIN}`,
  'method-not-allowed': `The offers service did not accept this request. ${AGAIN}`,
  'not-acceptable': `The offers service did not accept this request. ${AGAIN}`,
  'request-timeout': 'Sending the payment page took too long. Please check your connection and try again.',
  'content-too-large': 'This payment page response is too large to learn from.',
  'unsupported-media-type': `The offers service did not accept this request. ${AGAIN}`,
  'too-many-offers': 'This payment page lists more offers than can be learned at once.',
  'too-many-uploads': 'The offers service is busy learning other pages. Please try again in a few seconds.',
  'headers-too-large': 'The request was too large: please check the API key, then try again.',
  'internal-error': 'Something went wrong on our side. Please try again in a moment.',
  'not-implemented': 'The offers service cannot do that yet.',
  'http-version-not-supported': 'Your browser and the offers service could not connect. Please try another browser.',
  'store-unavailable': 'Offers are unavailable for a moment. Please try again shortly.',
  'not-ready': 'Offers are still loading. Please try again in a moment.',
  'outcome-unknown': 'We could not confirm the offers were saved. Learning the same page again is safe.',
  'store-full': 'No more offers can be stored right now, so none of these were learned.',
};
// an invalid parameter: what to enter instead, for the field at fault
const PARAMETERS = {
  amountToPay: 'Please enter a cart amount above ₹0, in rupees with at most 2 decimals (such as 12999 or 925.50).',
  bankName: 'Please enter a bank by its name, such as HDFC Bank or State Bank of India.',
  paymentInstrument: 'Please choose a way to pay from the list.',
};
const OFFLINE = "We can't reach the offers service. Please check your connection and try again.";

/** What went wrong, for the shopper: { message, detail }; detail is the service's own words, if any. */
function problemMessage(problem, status) {
  const kind = typeof problem?.type === 'string' && problem.type.startsWith(PROBLEM)
    ? problem.type.slice(PROBLEM.length) : null;
  const fields = Array.isArray(problem?.parameters) ? problem.parameters : [];
  const field = kind === 'invalid-parameter' ? fields.find((name) => Object.hasOwn(PARAMETERS, name)) : null;
  const fallback = status >= 500 || status == null ? PROBLEMS['internal-error'] : PROBLEMS['invalid-request'];
  const message = field ? PARAMETERS[field] : Object.hasOwn(PROBLEMS, kind ?? '') ? PROBLEMS[kind] : fallback;
  return { message, detail: typeof problem?.detail === 'string' ? problem.detail : null };
}

/** A failed call: the service's answer, or no answer at all. */
class Problem extends Error {
  constructor({ message, detail }) {
    super(message);
    this.detail = detail;
  }
}

async function problemOf(response) {
  let body = null;
  try {
    body = await response.json();
  } catch {
    // not a problem document: the status says enough
  }
  return new Problem(problemMessage(body, response.status));
}

/** fetch, with a network failure (no answer) turned into a Problem a shopper understands. */
async function call(url, options) {
  try {
    return await fetch(url, options);
  } catch {
    throw new Problem({ message: OFFLINE, detail: null });
  }
}

/** Anything thrown, as a Problem: a bug in this page reads like the service's own trouble. */
const asProblem = (error) => (error instanceof Problem ? error
  : new Problem({ message: PROBLEMS['internal-error'], detail: null }));

/** The message, then the detail in small text. */
function problemNodes(problem, before = '') {
  return [el('span', { class: 'problem' }, `${before}${problem.message}`),
    problem.detail ? el('small', { class: 'problem-detail' }, `Details: ${problem.detail}`) : null];
}

function status(element, content, kind) {
  element.replaceChildren(...(Array.isArray(content) ? content : [content]).filter((c) => c != null));
  for (const name of ['error', 'ok', 'warn']) element.classList.toggle(name, kind === name);
}

async function getJson(path, params) {
  const response = await call(`${path}?${new URLSearchParams(params)}`);
  if (!response.ok) throw await problemOf(response);
  return response.json();
}

/**
 * While a request is on its way: its button is disabled and says so, its section is aria-busy and its status tells
 * what is happening; all back as they were once it is done, whatever the outcome.
 */
async function busy(button, working, task) {
  const section = button.closest('section');
  const label = button.textContent;
  button.disabled = true;
  button.textContent = working;
  section.setAttribute('aria-busy', 'true');
  try {
    return await task();
  } finally {
    button.disabled = false;
    button.textContent = label;
    section.setAttribute('aria-busy', 'false');
  }
}

for (const name of new Set(Object.values(BANKS))) $('banks').append(el('option', { value: name }));

// 1. Offers from a payment page: one of the captures, or the shopper's own pasted below

const OWN = '';
const samples = new Map();
let ownText = '';

/** A capture's text, fetched once. */
function sampleText(url) {
  if (!samples.has(url)) {
    samples.set(url, call(url).then(async (response) => {
      if (!response.ok) throw await problemOf(response);
      return response.text();
    }).catch((error) => {
      samples.delete(url);
      throw error;
    }));
  }
  return samples.get(url);
}

/** Show the chosen capture below (or the shopper's own text again); what "Learn" posts is always the choice. */
async function showChoice() {
  const choice = $('sample').value;
  if (choice === OWN) {
    $('payload').value = ownText;
    $('raw').open = true;
    status($('post-result'), ownText.trim() ? '' : 'Paste the payment page\'s response below, then learn its offers.');
    return;
  }
  try {
    const text = await sampleText(choice);
    if ($('sample').value === choice) $('payload').value = text;
  } catch (error) {
    if ($('sample').value === choice) status($('post-result'), problemNodes(asProblem(error)), 'error');
  }
}

$('sample').addEventListener('change', () => {
  status($('post-result'), '');
  showChoice();
});
// editing the text makes it the shopper's own
$('payload').addEventListener('input', () => {
  ownText = $('payload').value;
  $('sample').value = OWN;
});

/** The body POST /offer takes: the text as it is, under "flipkartOfferApiResponse" unless already so. */
function offerBody(text) {
  try {
    const parsed = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed) && 'flipkartOfferApiResponse' in parsed) {
      return text;
    }
  } catch {
    return text; // not JSON: the service explains what is wrong
  }
  // wrapped as text, not re-serialized: long numbers and repeated keys reach the service as they were
  return `{"flipkartOfferApiResponse":${text}}`;
}

async function learn() {
  const out = $('post-result');
  const choice = $('sample').value;
  status(out, choice === OWN ? 'Learning the offers in your response…' : 'Learning the offers in this capture…');
  try {
    const text = choice === OWN ? $('payload').value.trim() : (await sampleText(choice)).trim();
    if (!text) {
      $('raw').open = true;
      return status(out, 'Paste a payment page\'s response below first, or choose one of the captures.', 'warn');
    }
    const headers = { 'Content-Type': 'application/json' };
    if ($('api-key').value) headers['X-API-Key'] = $('api-key').value;
    const response = await call('offer', { method: 'POST', headers, body: offerBody(text) });
    if (!response.ok) throw await problemOf(response);
    const result = await response.json();
    const n = result.noOfOffersIdentified;
    if (!(n > 0)) {
      return status(out, [el('span', { class: 'problem' }, 'No offers found in this capture.'),
        el('small', { class: 'problem-detail' }, 'Is it the response of a Flipkart payment page? Nothing was learned.')],
      'warn');
    }
    status(out, `Learned ${n} ${n === 1 ? 'offer' : 'offers'}, ${result.noOfNewOffersCreated} of them new.`, 'ok');
  } catch (error) {
    status(out, problemNodes(asProblem(error), 'Nothing learned. '), 'error');
  }
}

$('post').addEventListener('click', () => busy($('post'), 'Learning…', learn));
showChoice();

// Offers, as the answer and the bank cards list them: what it says, its conditions, what it saves.

function conditionsList(offer) {
  if (!Array.isArray(offer.conditions) || offer.conditions.length === 0) return null;
  return el('ul', { class: 'conditions' }, ...offer.conditions.map((c) => el('li', {}, String(c))));
}

/**
 * One offer: its text and conditions, what it saves and what is left to pay. In a bank's card, the ways to pay it
 * covers come first, and the amounts only when the card lists several offers (the card's heading has the best).
 */
function offerItem(offer, amount, discount, instruments, showAmounts = true) {
  const text = el('div', { class: 'offer-text' }, el('div', {}, offer.summary), conditionsList(offer));
  const amounts = showAmounts
    ? el('div', {}, el('div', { class: 'offer-save' }, `Save ${money(discount)}`),
      el('div', { class: 'offer-pay' }, `Pay ${payable(amount, discount)}`))
    : null;
  if (!instruments) return el('li', {}, text, amounts);
  const chips = el('div', { class: 'chips' },
    ...instruments.map((code) => el('span', { class: 'chip' }, instrumentName(code))));
  return el('li', showAmounts ? {} : { class: 'single' }, chips, amounts, text);
}

// 2. The shopper's cart: the saving, what is left to pay, and the offers behind it

function cart() {
  const extra = { bankName: $('bank').value.trim() };
  if ($('instrument').value) extra.paymentInstrument = $('instrument').value;
  return { amountToPay: $('amount').value.trim(), ...extra };
}

const gives = (pieces) => pieces.some((p) => Number(p.constantAmount) > 0 || Number(p.percent) > 0);

/**
 * An error leaves nothing of an earlier cart on screen: its saving, its curve and its bank cards go, so what is shown
 * is never mistaken for the answer to the cart as it is now.
 */
function clearResults() {
  $('discount').replaceChildren();
  $('discount').classList.remove('error');
  clearCurve();
  $('options').replaceChildren();
  status($('rank-result'), '');
}

async function checkSaving() {
  const out = $('discount');
  const query = cart();
  let best;
  let curve;
  let reason = null;
  try {
    best = await getJson('best-offers', { ...query, limit: 3 });
    const curveQuery = { bankName: best.bankName };
    if (best.paymentInstrument) curveQuery.paymentInstrument = best.paymentInstrument;
    curve = await getJson('discount-curve', curveQuery);
    if (best.totalOffers === 0) reason = await noOfferReason(best, known(best, query), curve);
  } catch (error) {
    clearResults();
    out.replaceChildren(el('p', { class: 'problem-box', id: 'cart-problem' }, ...problemNodes(asProblem(error))));
    out.classList.add('error');
    return;
  }
  out.classList.remove('error');
  const name = known(best, query);
  const how = best.paymentInstrument ? ` with ${instrumentName(best.paymentInstrument)}` : '';
  drawCurve(curve, Number(best.amountToPay), `${name}${how}`);
  if (reason) {
    out.replaceChildren(el('p', { class: 'empty', id: 'no-offers' }, reason));
    return;
  }
  const top = best.offers[0];
  const more = best.totalOffers - best.offers.length;
  out.replaceChildren(
    el('div', { class: 'figures' },
      figure('You save', money(top.discountAmount), 'save', 'you-save'),
      figure('You pay', payable(best.amountToPay, top.discountAmount), '', 'you-pay'),
      figure('Cart', money(best.amountToPay), '', 'cart-amount')),
    el('p', { class: 'context' }, `Best offer for ${name}${how}`
      + (best.totalOffers > 1 ? `, of ${best.totalOffers} that apply` : '') + ':'),
    el('ul', { class: 'offers', id: 'best-offers' },
      ...best.offers.map((offer) => offerItem(offer, best.amountToPay, offer.discountAmount))),
    more > 0 ? el('p', { class: 'hint' }, `${more} more ${more === 1 ? 'offer applies' : 'offers apply'}, saving less.`) : null);
}

/** The bank as the shopper knows it: its name when the service answered a code this page knows, else as typed. */
const known = (best, query) => (BANKS[best.bankName] ? BANKS[best.bankName] : query.bankName);

function figure(label, value, kind, id) {
  return el('div', { class: `figure ${kind}` }, el('div', { class: 'label' }, label),
    el('div', { class: 'value', id }, value));
}

/** Why nothing applies: the bank is unknown, it has nothing for this way to pay, or the cart is outside the offers. */
async function noOfferReason(best, name, curve) {
  // the service answers 0 for a bank it does not know; the stored offers tell whether it knows any of this bank's
  const own = await getJson('offers', { bankName: best.bankName, size: 1 });
  if (own.totalOffers === 0) return `No offers known for ${name}.`;
  const how = best.paymentInstrument ? ` with ${instrumentName(best.paymentInstrument)}` : '';
  if (!gives(curve.pieces)) return `No discount known for ${name}${how}: try another way to pay.`;
  const first = curve.pieces.find((p) => Number(p.constantAmount) > 0 || Number(p.percent) > 0);
  if (Number(first.fromAmount) > Number(best.amountToPay)) {
    return `No offer for ${name} on ${money(best.amountToPay)}: offers start at ${money(first.fromAmount)}.`;
  }
  return `No offer for ${name} applies to a cart of ${money(best.amountToPay)}.`;
}

const check = () => ($('check').disabled ? null : busy($('check'), 'Checking…', checkSaving));
$('check').addEventListener('click', check);
for (const id of ['amount', 'bank']) {
  $(id).addEventListener('keydown', (event) => { if (event.key === 'Enter') check(); });
}

// 3. The discount at every cart amount, from /discount-curve

let lastCurve = null;
const CAPTION = $('curve-caption').textContent;

function clearCurve() {
  lastCurve = null;
  $('curve').replaceChildren();
  $('curve-caption').textContent = CAPTION;
}

/** The discount on one piece at amount a: min(a, max(constant, a × percent / 100)), for drawing only. */
function valueAt(pieces, a) {
  const p = pieces.find((q) => a >= Number(q.fromAmount) && (q.toAmount == null || a <= Number(q.toAmount)));
  if (!p) return 0;
  return Math.min(a, Math.max(Number(p.constantAmount), Math.floor(a * Number(p.percent)) / 100));
}

/** 1, 2, 2.5 or 5 times a power of ten: ticks a person reads at a glance. */
function niceStep(range, count) {
  const raw = range / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 2.5, 5, 10].map((m) => m * power).find((step) => step >= raw);
}

function drawCurve(curve, amount, label) {
  lastCurve = { curve, amount, label };
  const box = $('curve');
  const pieces = curve.pieces;
  const caption = $('curve-caption');
  if (!gives(pieces)) {
    box.replaceChildren();
    caption.textContent = `No offers known for ${label}: nothing to plot.`;
    return;
  }
  const width = Math.max(280, box.clientWidth);
  const narrow = width < 560;
  const height = narrow ? 230 : 300;
  const margin = { left: narrow ? 62 : 74, right: 16, top: 16, bottom: 44 };
  // the amounts where the curve changes, near the cart: the plot shows them and the cart
  const edges = pieces.map((p) => Number(p.fromAmount)).filter((a) => a > 1 && a <= Math.max(amount * 3, 10000));
  const xStep = niceStep(Math.max(amount * 1.25, ...edges.map((a) => a * 1.15), 1000), narrow ? 3 : 6);
  const xMax = xStep * Math.ceil(Math.max(amount * 1.25, ...edges.map((a) => a * 1.15), 1000) / xStep);
  // exact corners: piece ends, and where a percent overtakes a fixed amount
  const xs = new Set([0, xMax, amount]);
  for (const p of pieces) {
    const from = Number(p.fromAmount);
    const to = p.toAmount == null ? xMax : Number(p.toAmount);
    if (from > xMax) continue;
    xs.add(from);
    xs.add(Math.min(to, xMax));
    const knee = Number(p.percent) > 0 ? (Number(p.constantAmount) * 100) / Number(p.percent) : -1;
    if (knee > from && knee < to && knee < xMax) xs.add(knee);
  }
  const points = [...xs].filter((a) => a >= 0 && a <= xMax).sort((a, b) => a - b).map((a) => [a, valueAt(pieces, a)]);
  const top = Math.max(...points.map(([, v]) => v), 1);
  const yStep = niceStep(top * 1.15, narrow ? 4 : 5);
  const yMax = yStep * Math.ceil((top * 1.15) / yStep);
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const x = (a) => margin.left + (a / xMax) * plotW;
  const y = (v) => margin.top + plotH - (v / yMax) * plotH;
  const svg = document.createElementNS(SVG, 'svg');
  const add = (parent, tag, attributes, text) => {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    if (text != null) node.textContent = text;
    parent.append(node);
    return node;
  };
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `Discount against cart amount for ${label}`);
  for (let v = 0; v <= yMax + yStep / 2; v += yStep) {
    add(svg, 'line', { class: v === 0 ? 'axis' : 'grid', x1: margin.left, x2: width - margin.right, y1: y(v), y2: y(v) });
    add(svg, 'text', { class: 'tick', x: margin.left - 8, y: y(v) + 4, 'text-anchor': 'end' }, money(v));
  }
  for (let a = 0; a <= xMax + xStep / 2; a += xStep) {
    add(svg, 'line', { class: 'axis', x1: x(a), x2: x(a), y1: margin.top + plotH, y2: margin.top + plotH + 5 });
    const last = a + xStep > xMax + xStep / 2;
    add(svg, 'text', { class: 'tick', x: x(a), y: margin.top + plotH + 18,
      'text-anchor': a === 0 ? 'start' : last ? 'end' : 'middle' }, money(a));
  }
  add(svg, 'line', { class: 'axis', x1: margin.left, x2: margin.left, y1: margin.top, y2: margin.top + plotH });
  add(svg, 'text', { class: 'title', x: margin.left + plotW / 2, y: height - 6, 'text-anchor': 'middle' }, 'Cart amount');
  add(svg, 'text', { class: 'title', x: 12, y: margin.top + plotH / 2, 'text-anchor': 'middle',
    transform: `rotate(-90 12 ${margin.top + plotH / 2})` }, 'Discount');
  const path = points.map(([a, v], i) => `${i ? 'L' : 'M'}${x(a).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  add(svg, 'path', { class: 'area', d: `${path} L${x(xMax).toFixed(1)},${y(0)} L${x(0)},${y(0)} Z` });
  add(svg, 'path', { class: 'curve', d: path });
  const saved = valueAt(pieces, amount);
  add(svg, 'circle', { class: 'marker', cx: x(amount), cy: y(saved), r: 5.5 });
  const right = x(amount) > margin.left + plotW * 0.6;
  add(svg, 'text', { class: 'marker-label', x: x(amount) + (right ? -9 : 9), y: y(saved) - 9,
    'text-anchor': right ? 'end' : 'start' }, `${money(saved)} off ${money(amount)}`);
  box.replaceChildren(svg);
  caption.textContent = `${label}: the best discount at every cart amount; the dot is your cart.`;
}

let resizing = null;
window.addEventListener('resize', () => {
  clearTimeout(resizing);
  resizing = setTimeout(() => lastCurve && drawCurve(lastCurve.curve, lastCurve.amount, lastCurve.label), 100);
});

// 4. Every bank's best offers for this cart, one card per bank

// /payment-options answers a page of at most 200 options; a server that never ends its pages stops here
const OPTIONS_PER_PAGE = 200;
const MAX_OPTION_PAGES = 50;

/**
 * Every way to pay for the amount: the pages of /payment-options, each after the cursor the one before answered,
 * until the last (no nextCursor). The totals are those of the last page: the store as it is now.
 */
async function paymentOptions(amountToPay) {
  const options = [];
  let after = null;
  for (let pages = 0; pages < MAX_OPTION_PAGES; pages++) {
    const query = { amountToPay, limit: OPTIONS_PER_PAGE };
    if (after != null) query.after = after;
    const page = await getJson('payment-options', query);
    options.push(...page.options);
    if (page.nextCursor == null) return { ...page, options };
    after = page.nextCursor;
  }
  throw new Problem({ message: PROBLEMS['internal-error'], detail: null });
}

async function compareBanks() {
  const list = $('options');
  status($('rank-result'), 'Comparing every bank\'s offers for your cart…');
  let result;
  try {
    result = await paymentOptions($('amount').value.trim());
  } catch (error) {
    clearResults();
    return status($('rank-result'), problemNodes(asProblem(error)), 'error');
  }
  list.replaceChildren();
  // one card per bank; in it, one line per offer with every way to pay it covers
  const banks = new Map();
  for (const option of result.options) {
    const key = option.bankName ?? '';
    if (!banks.has(key)) banks.set(key, { code: option.bankName, best: 0, offers: new Map() });
    const bank = banks.get(key);
    const amount = Number(option.highestDiscountAmount);
    bank.best = Math.max(bank.best, amount);
    if (!bank.offers.has(option.offerId)) bank.offers.set(option.offerId, { ...option, instruments: [] });
    bank.offers.get(option.offerId).instruments.push(option.paymentInstrument);
  }
  const ranked = [...banks.values()].sort((a, b) => b.best - a.best || bankName(a.code).localeCompare(bankName(b.code)));
  if (ranked.length === 0) {
    return status($('rank-result'), `No offer applies to ${money(result.amountToPay)} yet: learn a payment page's offers first.`,
      'warn');
  }
  const ways = result.totalOptions;
  status($('rank-result'), `${ways} ${ways === 1 ? 'way to pay has an offer' : 'ways to pay have offers'} for `
    + `${money(result.amountToPay)}, with ${ranked.length} ${ranked.length === 1 ? 'bank or app' : 'banks and apps'}; `
    + 'best first.');
  ranked.forEach((bank, i) => {
    const offers = [...bank.offers.values()].sort((a, b) => b.highestDiscountAmount - a.highestDiscountAmount);
    const items = offers.map((o) => offerItem(o, result.amountToPay, o.highestDiscountAmount,
      o.instruments.sort((a, b) => instrumentName(a).localeCompare(instrumentName(b))), offers.length > 1));
    const shown = el('ul', { class: 'offers' }, ...items.slice(0, 2));
    const rest = items.length > 2
      ? el('details', {}, el('summary', {}, `${items.length - 2} more ${items.length === 3 ? 'offer' : 'offers'}`),
        el('ul', { class: 'offers' }, ...items.slice(2)))
      : null;
    list.append(el('article', { class: i === 0 ? 'bank top' : 'bank', 'data-bank': bank.code ?? '' },
      el('h3', {}, el('span', {}, bankName(bank.code), i === 0 ? el('span', { class: 'badge' }, 'BEST') : null),
        el('span', { class: 'best' }, `Save ${money(bank.best)}`)),
      el('div', { class: 'sub' }, `You pay ${payable(result.amountToPay, bank.best)}`),
      shown, rest));
  });
}

$('rank').addEventListener('click', () => busy($('rank'), 'Comparing…', compareBanks));
