import { applyDecorators, UseGuards, UseInterceptors, UsePipes } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponse } from '../problem.openapi';
import { AdminAuditInterceptor } from './admin-audit.interceptor';
import { AdminGuard } from './admin.guard';
import { fieldValidation } from '../field-validation';

/**
 * What an operator's controller under /v1/admin needs: the admin token (AdminGuard), the audit log
 * of every call (name each route with @AdminAction), strict validation of inputs, and the OpenAPI
 * description of all three under `tag`.
 */
export const AdminApi = (tag: string) =>
  applyDecorators(
    ApiTags(tag),
    ApiBearerAuth('admin-token'),
    ApiProblemResponse(401, 'no admin token, or a wrong one'),
    ApiProblemResponse(429, 'too many failed authentications from your address this minute (AUTH_FAILURES_PER_MINUTE); retry after the Retry-After header'),
    ApiProblemResponse(503, 'the admin API is disabled: no ADMIN_TOKEN configured'),
    UseGuards(AdminGuard),
    UseInterceptors(AdminAuditInterceptor),
    UsePipes(fieldValidation()),
  );
