// The demo page's behaviour: plain fetch calls to the public API, no build step.
const $ = (id) => document.getElementById(id);

async function problemText(response) {
  try {
    const body = await response.json();
    return body.detail || body.title || response.statusText;
  } catch {
    return response.statusText;
  }
}

function show(element, text, isError) {
  element.textContent = text;
  element.classList.toggle('error', Boolean(isError));
}

$('load-sample').addEventListener('click', async () => {
  const response = await fetch($('sample').value);
  $('payload').value = await response.text();
});

$('post').addEventListener('click', async () => {
  let body = $('payload').value.trim();
  try {
    const parsed = JSON.parse(body);
    if (!parsed || typeof parsed !== 'object' || !('flipkartOfferApiResponse' in parsed)) {
      body = JSON.stringify({ flipkartOfferApiResponse: parsed });
    }
  } catch {
    // not JSON: the service explains what is wrong
  }
  const headers = { 'Content-Type': 'application/json' };
  if ($('api-key').value) headers['X-API-Key'] = $('api-key').value;
  const response = await fetch('offer', { method: 'POST', headers, body });
  if (!response.ok) return show($('post-result'), 'Refused: ' + await problemText(response), true);
  const result = await response.json();
  show($('post-result'), `${result.noOfOffersIdentified} offers found, ${result.noOfNewOffersCreated} new`);
});

function query(extra) {
  const params = new URLSearchParams({ amountToPay: $('amount').value, ...extra });
  return params.toString();
}

$('check').addEventListener('click', async () => {
  const extra = { bankName: $('bank').value };
  if ($('instrument').value) extra.paymentInstrument = $('instrument').value;
  const response = await fetch('highest-discount?' + query(extra));
  if (!response.ok) return show($('discount'), await problemText(response), true);
  const result = await response.json();
  show($('discount'), `Highest discount: ₹${result.highestDiscountAmount}`);
});

$('rank').addEventListener('click', async () => {
  const tbody = $('options').querySelector('tbody');
  tbody.replaceChildren();
  const response = await fetch('payment-options?' + query({}));
  if (!response.ok) return show($('discount'), await problemText(response), true);
  const result = await response.json();
  for (const option of result.options) {
    const row = tbody.insertRow();
    row.insertCell().textContent = option.bankName ?? 'any bank (UPI app)';
    row.insertCell().textContent = option.paymentInstrument;
    const amount = row.insertCell();
    amount.textContent = option.highestDiscountAmount;
    amount.className = 'amount';
    row.insertCell().textContent = option.summary;
  }
});
