import { initTRPC } from "@trpc/server";
import { ZodError } from "zod";

const t = initTRPC.create({
  errorFormatter({ shape, error }) {
    return {
      ...shape,
      data: {
        ...shape.data,
        // ruleid: trpc-error-formatter-exposes-stack
        stack: error.stack,
        zodError: error.cause instanceof ZodError ? error.cause.flatten() : null,
      },
    };
  },
});

const t2 = initTRPC.create({
  errorFormatter: ({ shape, error }) => ({
    ...shape,
    data: {
      ...shape.data,
      // ruleid: trpc-error-formatter-exposes-stack
      stack: error.cause?.stack,
    },
  }),
});

const t3 = initTRPC.create({
  errorFormatter(opts) {
    const { shape, error } = opts;
    return {
      ...shape,
      data: {
        ...shape.data,
        // ok: trpc-error-formatter-exposes-stack
        stack: process.env.NODE_ENV === "development" ? error.stack : undefined,
      },
    };
  },
});

const t4 = initTRPC.create({
  errorFormatter({ shape, error }) {
    // ok: trpc-error-formatter-exposes-stack
    return { ...shape, data: { ...shape.data, zodError: error.cause instanceof ZodError ? error.cause.flatten() : null } };
  },
});

function logFailure(error: Error) {
  // ok: trpc-error-formatter-exposes-stack
  logger.error({ stack: error.stack });
}

export const createTRPCRouter = t.router;
