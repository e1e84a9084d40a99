import { Body, Controller, Get, HttpCode, Param, Post, UseGuards, UseInterceptors, UsePipes, ValidationPipe } from '@nestjs/common';
import {
  ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation,
  ApiProperty, ApiPropertyOptional, ApiTags, ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { AdminAction, AdminAuditInterceptor } from '../admin/admin-audit.interceptor';
import { AdminGuard } from '../admin/admin.guard';
import { DashboardAuthService, type DashboardUserView } from './dashboard-auth.service';
import { DASHBOARD_ROLES, type DashboardRole } from './scope';

export class CreateDashboardUserDto {
  @ApiProperty({ example: 'j.jansen', description: 'lower-case letters, digits, ".", "_", "-"' })
  @IsString() @MaxLength(63)
  username!: string;

  @ApiProperty({ enum: DASHBOARD_ROLES })
  @IsIn(DASHBOARD_ROLES, { message: `role must be one of ${DASHBOARD_ROLES.join(', ')}` })
  role!: DashboardRole;

  @ApiPropertyOptional({ example: '0503', description: 'CBS gemeentecode for a gemeente user, AGB-code for an aanbieder user' })
  @IsOptional() @IsString()
  party?: string;

  @ApiPropertyOptional({ description: 'at least 12 characters; omitted: one is generated and returned once' })
  @IsOptional() @IsString()
  password?: string;
}

/** People who log in to the dashboard (/dashboard), separate from the parties' API keys. Admin token only; audit-logged. */
@ApiTags('admin')
@ApiBearerAuth('admin-token')
@ApiUnauthorizedResponse({ description: 'no or a wrong admin token' })
@UseGuards(AdminGuard)
@UseInterceptors(AdminAuditInterceptor)
@UsePipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }))
@Controller('v1/admin/dashboard-users')
export class DashboardUsersController {
  constructor(private readonly auth: DashboardAuthService) {}

  @Post()
  @AdminAction('dashboard-user.create')
  @ApiOperation({ summary: 'A dashboard user: contractteam, gemeente (with its CBS code), aanbieder (with its AGB-code) or admin' })
  @ApiCreatedResponse({ description: 'the user; password is present once when the gateway generated it' })
  @ApiBadRequestResponse({ description: 'a field is invalid; the detail names it and the fix' })
  @ApiConflictResponse({ description: 'the username exists' })
  create(@Body() dto: CreateDashboardUserDto): Promise<DashboardUserView & { password?: string }> {
    return this.auth.createUser(dto);
  }

  @Get()
  @AdminAction('dashboard-user.list')
  @ApiOperation({ summary: 'All dashboard users (never their passwords)' })
  @ApiOkResponse()
  list(): Promise<DashboardUserView[]> {
    return this.auth.listUsers();
  }

  @Post(':username/disable')
  @HttpCode(200)
  @AdminAction('dashboard-user.disable')
  @ApiOperation({ summary: 'Disable a user and end its sessions at once' })
  @ApiOkResponse()
  @ApiNotFoundResponse({ description: 'no such user' })
  disable(@Param('username') username: string): Promise<DashboardUserView> {
    return this.auth.disableUser(username);
  }
}
