-- What an offer asks that a query cannot check ("once per Paytm account", "upto ₹4,000 per statement quarter"),
-- one Condition code per line; null for an offer without conditions.
alter table offer add column conditions varchar(4000);
