import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'hearth:isPublic';

/** Marks one of the few operations that need no signed-in person (sign in, health, ...). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
