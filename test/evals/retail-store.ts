/** A small hand-made retail store for the τ²-bench tool tests: one user, three orders, two products. */
import type { RetailDb } from '../../evals/tau2-retail/retail-db';

export const address = { address1: '1 Main St', address2: '', city: 'Austin', state: 'TX', country: 'USA', zip: '78701' };

export function store(): RetailDb {
  return {
    products: {
      p_kettle: {
        name: 'Kettle',
        product_id: 'p_kettle',
        variants: {
          k_red: { item_id: 'k_red', options: { color: 'red' }, available: true, price: 50 },
          k_blue: { item_id: 'k_blue', options: { color: 'blue' }, available: true, price: 70 },
          k_gold: { item_id: 'k_gold', options: { color: 'gold' }, available: false, price: 90 },
          k_white: { item_id: 'k_white', options: { color: 'white' }, available: true, price: 40 },
        },
      },
      p_lamp: { name: 'Lamp', product_id: 'p_lamp', variants: { l_1: { item_id: 'l_1', options: { size: 'S' }, available: true, price: 20 } } },
    },
    users: {
      ana_1: {
        user_id: 'ana_1',
        name: { first_name: 'Ana', last_name: 'Núñez' },
        address,
        email: 'ana@example.com',
        payment_methods: {
          credit_card_1: { source: 'credit_card', id: 'credit_card_1', brand: 'visa', last_four: '4242' },
          gift_card_1: { source: 'gift_card', id: 'gift_card_1', balance: 10 },
          paypal_1: { source: 'paypal', id: 'paypal_1' },
        },
        orders: ['#W1', '#W2', '#W3'],
      },
    },
    orders: {
      '#W1': {
        order_id: '#W1',
        user_id: 'ana_1',
        address,
        items: [{ name: 'Kettle', product_id: 'p_kettle', item_id: 'k_red', price: 50, options: { color: 'red' } }],
        status: 'pending',
        fulfillments: [],
        payment_history: [{ transaction_type: 'payment', amount: 50, payment_method_id: 'gift_card_1' }],
      },
      '#W2': {
        order_id: '#W2',
        user_id: 'ana_1',
        address,
        items: [
          { name: 'Kettle', product_id: 'p_kettle', item_id: 'k_red', price: 50, options: { color: 'red' } },
          { name: 'Lamp', product_id: 'p_lamp', item_id: 'l_1', price: 20, options: { size: 'S' } },
        ],
        status: 'delivered',
        fulfillments: [{ tracking_id: ['1'], item_ids: ['k_red', 'l_1'] }],
        payment_history: [{ transaction_type: 'payment', amount: 70, payment_method_id: 'credit_card_1' }],
      },
      '#W3': {
        order_id: '#W3',
        user_id: 'ana_1',
        address,
        items: [{ name: 'Lamp', product_id: 'p_lamp', item_id: 'l_1', price: 20, options: { size: 'S' } }],
        status: 'processed',
        fulfillments: [],
        payment_history: [{ transaction_type: 'payment', amount: 20, payment_method_id: 'paypal_1' }],
      },
    },
  };
}
