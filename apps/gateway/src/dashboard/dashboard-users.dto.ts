import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { DASHBOARD_ROLES, type DashboardRole } from './scope';

export class CreateDashboardUserDto {
  @ApiProperty({ example: 'j.jansen', description: 'lower-case letters, digits, ".", "_", "-"' })
  @IsString() @MaxLength(63)
  username!: string;

  // which roles there are is checked with the other fields by DashboardAuthService.createUser, said in the request's language
  @ApiProperty({ enum: DASHBOARD_ROLES })
  @IsString()
  role!: DashboardRole;

  @ApiPropertyOptional({ example: '0503', description: 'CBS gemeentecode for a gemeente user, AGB-code for an aanbieder user' })
  @IsOptional() @IsString()
  party?: string;

  @ApiPropertyOptional({ description: 'at least 12 characters; omitted: one is generated and returned once' })
  @IsOptional() @IsString()
  password?: string;
}

/** A dashboard user as the admin API shows it (dashboard-auth.service.ts viewOf): never the password hash. */
export class DashboardUserDto {
  @ApiProperty({ example: 'j.jansen' }) username!: string;
  @ApiProperty({ enum: DASHBOARD_ROLES }) role!: DashboardRole;
  @ApiProperty({ type: String, nullable: true, example: '0503', description: 'CBS gemeentecode or AGB-code; null for contractteam and admin' }) party!: string | null;
  @ApiProperty() disabled!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastLoginAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class CreatedDashboardUserDto extends DashboardUserDto {
  @ApiPropertyOptional({ description: 'only when the gateway generated it: shown this once' }) password?: string;
}
