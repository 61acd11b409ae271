import { NestFactory } from '@nestjs/core';
import {
  Field,
  GraphQLSchemaBuilderModule,
  GraphQLSchemaFactory,
  Int,
  ObjectType,
  Query,
  Resolver,
} from '@nestjs/graphql';
import { graphql, GraphQLObjectType, GraphQLSchema } from 'graphql';
import { withoutPropertyReaders } from './jit-executor';

@ObjectType()
class Thing {
  @Field()
  name!: string;

  @Field({ nullable: true, defaultValue: 'none' })
  note?: string;

  @Field(() => Int)
  size!: number;
}

@Resolver(() => Thing)
class ThingResolver {
  @Query(() => [Thing])
  things(): Thing[] {
    return [];
  }
}

async function nestSchema(): Promise<GraphQLSchema> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  try {
    return await app.get(GraphQLSchemaFactory).create([ThingResolver]);
  } finally {
    await app.close();
  }
}

const thingFields = (schema: GraphQLSchema) =>
  (schema.getType('Thing') as GraphQLObjectType).getFields();

describe('withoutPropertyReaders', () => {
  it("recognises Nest's property reader on plain fields (fails if Nest renames it)", async () => {
    const fields = thingFields(await nestSchema());
    expect(fields['name']?.resolve?.name).toBe('rootFieldResolver');
    expect(fields['size']?.resolve?.name).toBe('rootFieldResolver');
  });

  it('removes the readers of plain fields and keeps those with a default value', async () => {
    const schema = await nestSchema();
    const query = schema.getQueryType()?.getFields()['things'];
    const customResolver = query?.resolve;
    expect(withoutPropertyReaders(schema)).toBe(2);
    const fields = thingFields(schema);
    expect(fields['name']?.resolve).toBeUndefined();
    expect(fields['size']?.resolve).toBeUndefined();
    expect(fields['note']?.resolve).toBeDefined();
    expect(query?.resolve).toBe(customResolver);
  });

  it('answers the same as before for plain values and defaults', async () => {
    const rows = [
      { name: 'a', size: 1 },
      { name: 'b', note: 'kept', size: 2 },
    ];
    const run = async (schema: GraphQLSchema) => {
      const things = schema.getQueryType()?.getFields()['things'];
      if (things) things.resolve = () => rows;
      return graphql({ schema, source: '{ things { name note size } }' });
    };
    const before = await run(await nestSchema());
    const schema = await nestSchema();
    withoutPropertyReaders(schema);
    expect(await run(schema)).toEqual(before);
    expect(before.data).toEqual({
      things: [
        { name: 'a', note: 'none', size: 1 },
        { name: 'b', note: 'kept', size: 2 },
      ],
    });
  });
});
