import { graphql } from '@hearth/web/graphql';

export const GROUP_CARD_FIELDS = graphql(`
  fragment GroupCardFields on Group {
    id
    slug
    name
    description
    category
    visibility
    coverColor
    coverImageUrl
    archived
    memberCount
    viewerStatus
  }
`);
