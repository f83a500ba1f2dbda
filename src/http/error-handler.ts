/** One error handler: known errors carry a stable code and a fixable message; unknown ones a bare 500. */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorBody } from '../errors.js';

function body(code: string, message: string, details?: unknown): ErrorBody {
  return details === undefined ? { error: { code, message } } : { error: { code, message, details } };
}

/** Installs the error and not-found handlers on an app. */
export function installErrorHandlers(app: FastifyInstance, notFound: (req: FastifyRequest, reply: FastifyReply) => unknown) {
  app.setErrorHandler((err: FastifyError | AppError | Error, request, reply) => {
    if (err instanceof AppError) {
      if (err.status >= 500) request.log.error({ err: { code: err.code, message: err.message } }, 'application error');
      return reply
        .status(err.status)
        .send(err.expose ? body(err.code, err.message, err.details) : body('INTERNAL', 'Something went wrong on our side'));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = err.validationContext ?? 'request';
      const issues = err.validation.map((v) => {
        const path = [where, ...v.instancePath.split('/').filter(Boolean)].join('.');
        return { field: path, problem: v.message ?? 'is invalid' };
      });
      const first = issues[0];
      const message = first ? `${first.field}: ${first.problem}` : 'The request is invalid';
      return reply.status(400).send(body('VALIDATION_FAILED', message, issues));
    }
    const status = 'statusCode' in err && typeof err.statusCode === 'number' ? err.statusCode : 500;
    const code = 'code' in err && typeof err.code === 'string' ? err.code : '';
    if (status === 413 || code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.status(413).send(body('PAYLOAD_TOO_LARGE', 'The request body is larger than this endpoint accepts'));
    }
    if (status === 415 || code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply.status(415).send(body('UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json'));
    }
    if (status >= 400 && status < 500) {
      // Fastify's own client errors (malformed JSON, empty body…): their messages name the problem.
      const message = err instanceof SyntaxError || code.startsWith('FST_ERR_CTP') ? `body: ${err.message}` : err.message;
      return reply.status(status).send(body(status === 400 ? 'VALIDATION_FAILED' : 'REQUEST_REJECTED', message));
    }
    request.log.error({ err: { name: err.name, message: err.message, stack: err.stack } }, 'unhandled error');
    return reply.status(500).send(body('INTERNAL', 'Something went wrong on our side'));
  });
  app.setNotFoundHandler(notFound);
}
