CREATE TABLE "chain_logs" (
	"block_number" bigint NOT NULL,
	"log_index" integer NOT NULL,
	"block_hash" text NOT NULL,
	"transaction_hash" text NOT NULL,
	"address" text NOT NULL,
	"topics" text[] NOT NULL,
	"data" text NOT NULL,
	"contract" text NOT NULL,
	"event_name" text NOT NULL,
	"round_id" numeric(78, 0),
	"proposal_id" numeric(78, 0),
	"account" text,
	CONSTRAINT "chain_logs_block_number_log_index_pk" PRIMARY KEY("block_number","log_index")
);
--> statement-breakpoint
CREATE TABLE "contents" (
	"hash" text PRIMARY KEY NOT NULL,
	"media_type" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"size" integer NOT NULL,
	"publisher" text NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indexed_blocks" (
	"number" bigint PRIMARY KEY NOT NULL,
	"hash" text NOT NULL,
	"timestamp" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indexer_cursor" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"chain_id" integer NOT NULL,
	"block_number" bigint NOT NULL,
	"block_hash" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "publish_signatures" (
	"signature_hash" text PRIMARY KEY NOT NULL,
	"publisher" text NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sponsored_actions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sponsored_actions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"account" text NOT NULL,
	"user_operation_hash" text NOT NULL,
	"targets" text[] NOT NULL,
	"selectors" text[] NOT NULL,
	"max_cost_wei" numeric(78, 0) NOT NULL,
	"approved_at" timestamp with time zone DEFAULT now() NOT NULL,
	"valid_until" timestamp with time zone NOT NULL,
	"transaction_hash" text,
	"gas_used" numeric(78, 0),
	"paid_wei" numeric(78, 0),
	CONSTRAINT "sponsored_actions_user_operation_hash_unique" UNIQUE("user_operation_hash")
);
--> statement-breakpoint
CREATE INDEX "chain_logs_event_name" ON "chain_logs" USING btree ("event_name");--> statement-breakpoint
CREATE INDEX "chain_logs_round_id" ON "chain_logs" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "chain_logs_proposal_id" ON "chain_logs" USING btree ("proposal_id");--> statement-breakpoint
CREATE INDEX "chain_logs_account" ON "chain_logs" USING btree ("account");--> statement-breakpoint
CREATE INDEX "publish_signatures_signed_at" ON "publish_signatures" USING btree ("signed_at");--> statement-breakpoint
CREATE INDEX "sponsored_actions_account_day" ON "sponsored_actions" USING btree ("account","approved_at");--> statement-breakpoint
CREATE INDEX "sponsored_actions_approved_at" ON "sponsored_actions" USING btree ("approved_at");