export * from './lib/town-hall.model';
export * from './lib/town-hall.entity';
export * from './lib/town-halls.module';
export * from './lib/town-halls.service';
export * from './lib/asker-keys';
export * from './lib/town-hall-rules';
