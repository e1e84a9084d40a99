import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { AdminApi } from '../admin/admin-api.decorator';
import { AdminAction } from '../admin/admin-audit.interceptor';
import { ApiProblemResponse, ApiProblemResponses } from '../problem.openapi';
import { DashboardAuthService, type DashboardUserView } from './dashboard-auth.service';
import { CreateDashboardUserDto, CreatedDashboardUserDto, DashboardUserDto } from './dashboard-users.dto';

/** People who log in to the dashboard (/dashboard), separate from the parties' API keys. Admin token only; audit-logged. */
@AdminApi('admin')
@Controller('v1/admin/dashboard-users')
export class DashboardUsersController {
  constructor(private readonly auth: DashboardAuthService) {}

  @Post()
  @AdminAction('dashboard-user.create')
  @ApiOperation({ summary: 'A dashboard user: contractteam, gemeente (with its CBS code), aanbieder (with its AGB-code) or admin' })
  @ApiCreatedResponse({ type: CreatedDashboardUserDto, description: 'the user; password is present once when the gateway generated it' })
  @ApiProblemResponse(400, 'the JSON body does not parse, or a field is invalid; the detail names it and the fix')
  @ApiProblemResponses(413)
  @ApiProblemResponse(409, 'the username exists')
  create(@Body() dto: CreateDashboardUserDto): Promise<DashboardUserView & { password?: string }> {
    return this.auth.createUser(dto);
  }

  @Get()
  @AdminAction('dashboard-user.list')
  @ApiOperation({ summary: 'All dashboard users (never their passwords)' })
  @ApiOkResponse({ type: [DashboardUserDto] })
  list(): Promise<DashboardUserView[]> {
    return this.auth.listUsers();
  }

  @Post(':username/disable')
  @HttpCode(200)
  @AdminAction('dashboard-user.disable')
  @ApiOperation({ summary: 'Disable a user and end its sessions at once' })
  @ApiOkResponse({ type: DashboardUserDto })
  @ApiProblemResponse(404, 'no such user')
  disable(@Param('username') username: string): Promise<DashboardUserView> {
    return this.auth.disableUser(username);
  }
}
