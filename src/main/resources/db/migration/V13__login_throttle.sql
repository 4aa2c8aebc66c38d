-- Failed logins per account and source address: a source that keeps guessing an account's password is made to wait,
-- without locking the account for its owner (who logs in from elsewhere, or has logged in from here before).
create table login_failure (
    account          varchar(64)  not null,
    source           varchar(64)  not null,
    failures         int          not null,
    first_failure_at timestamptz  not null,
    last_failure_at  timestamptz  not null,
    blocked_until    timestamptz,
    primary key (account, source)
);
create index login_failure_by_source on login_failure (source, last_failure_at);
create index login_failure_by_account on login_failure (account, last_failure_at);

-- Where an account logged in successfully, recently: such a source is known and passes an account-wide slowdown.
create table login_source (
    account          varchar(64)  not null,
    source           varchar(64)  not null,
    last_success_at  timestamptz  not null,
    primary key (account, source)
);
