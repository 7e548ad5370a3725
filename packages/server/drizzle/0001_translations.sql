CREATE TABLE "translations" (
	"original" text NOT NULL,
	"language" text NOT NULL,
	"hash" text NOT NULL,
	"publisher" text NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "translations_original_language_hash_pk" PRIMARY KEY("original","language","hash")
);
--> statement-breakpoint
CREATE INDEX "translations_original" ON "translations" USING btree ("original","published_at");