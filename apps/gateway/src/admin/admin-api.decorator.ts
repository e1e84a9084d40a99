import { applyDecorators, UseGuards, UseInterceptors, UsePipes, ValidationPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiServiceUnavailableResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { AdminAuditInterceptor } from './admin-audit.interceptor';
import { AdminGuard } from './admin.guard';

/**
 * What an operator's controller under /v1/admin needs: the admin token (AdminGuard), the audit log
 * of every call (name each route with @AdminAction), strict validation of inputs, and the OpenAPI
 * description of all three under `tag`.
 */
export const AdminApi = (tag: string) =>
  applyDecorators(
    ApiTags(tag),
    ApiBearerAuth('admin-token'),
    ApiHeader({ name: 'Authorization', description: 'Bearer <admin token> (ADMIN_TOKEN, or the adminToken of the dev keys file)' }),
    ApiUnauthorizedResponse({ description: 'no or a wrong admin token' }),
    ApiServiceUnavailableResponse({ description: 'the admin API is disabled: no ADMIN_TOKEN configured' }),
    UseGuards(AdminGuard),
    UseInterceptors(AdminAuditInterceptor),
    UsePipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true })),
  );
