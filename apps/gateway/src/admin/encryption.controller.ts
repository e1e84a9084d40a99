import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { AdminApi } from './admin-api.decorator';
import { AdminAction } from './admin-audit.interceptor';
import { EncryptionStatusDto } from './admin.dto';
import { RotateEncryptionUseCase, type EncryptionStatus } from './rotate-encryption.usecase';

const STATUS = {
  type: EncryptionStatusDto,
  description: 'activeKeyId; per master key id how many message bodies, webhook secrets, BSNs (state tables, notifications) and built messages it seals ("plain": from before encryption); the rotation run of this gateway',
};

/** Encryption of personal data at rest: which keys seal what, and key rotation (docs/encryption.md). */
@AdminApi('admin')
@Controller('v1/admin/encryption')
export class EncryptionController {
  constructor(private readonly rotation: RotateEncryptionUseCase) {}

  @Get()
  @AdminAction('encryption.status')
  @ApiOperation({ summary: 'Which master keys seal how many values, and the progress of a rotation' })
  @ApiOkResponse(STATUS)
  status(): Promise<EncryptionStatus> {
    return this.rotation.status();
  }

  @Post('rotate')
  @HttpCode(202)
  @AdminAction('encryption.rotate')
  @ApiOperation({ summary: 'Re-wrap everything still under an older master key under the active one, in the background' })
  @ApiAcceptedResponse(STATUS)
  rotate(): Promise<EncryptionStatus> {
    return this.rotation.start();
  }
}
