-- Files sent with an outbox e-mail, such as an invoice's PDF, in the order the e-mail lists them.
-- They are written with their message, in the transaction of the change that causes it, so the
-- relay can send them later without asking whoever made them again. bytea is PostgreSQL's byte
-- string and H2's alias for BINARY VARYING, whose default length (1,000,000,000) is far above the
-- 10 MiB an e-mail may carry. Deleting a message, as an operator purging old ones would, takes
-- its files along.
create table outbox_attachments (
  message_id uuid not null,
  position integer not null,
  filename varchar(255) not null,
  content_type varchar(255) not null,
  content bytea not null,
  constraint outbox_attachments_pkey primary key (message_id, position),
  constraint outbox_attachments_message_fk
    foreign key (message_id) references outbox_messages (id) on delete cascade,
  constraint outbox_attachments_position_check check (position >= 0)
);
