-- Pending "Masuk dengan akun belajar.id" sign-ins (architecture.md §5). Kept in the database, not in
-- process memory, so the callback may reach any app instance; each row is used once and lives 10 minutes.

create table oidc_login_states (
  state_hash text primary key,
  nonce text not null,
  code_verifier text not null,
  return_to text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index oidc_login_states_expiry on oidc_login_states (expires_at);
