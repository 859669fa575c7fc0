-- case: rows added to small lookup tables, then two new tables with their comments and indexes: nothing here
-- case: holds a lock on a live table for long.
-- tool: flyway
-- expect: clean
------------------------------
-- Gift cards
------------------------------

-- New payment method
insert into payment_method_kind (id, name)
values (7, 'gift_card');

-- Events a gift card goes through
insert into ledger_event_kind (code, name, method_id)
values (70, 'GIFT_CARD_ISSUED', 7),
       (71, 'GIFT_CARD_REDEEMED', 7);

create table if not exists gift_card
(
    id            bigint primary key not null,
    code          text               not null,
    issued_at     bigint             not null,
    expires_at    bigint             null,
    balance_cents bigint             not null
);
comment on table gift_card is 'Issued gift cards';

create unique index if not exists gift_card__code
    on gift_card (code);

create table if not exists gift_card_redemption
(
    redeemed_at  bigint not null,
    gift_card_id bigint not null,
    order_id     bigint not null,
    amount_cents bigint not null
);
comment on table gift_card_redemption is 'Gift card amounts spent on orders';

create index if not exists gift_card_redemption__card
    on gift_card_redemption (gift_card_id desc);
