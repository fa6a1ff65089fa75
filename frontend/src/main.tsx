import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { KesuApp } from './App';
import { createQueryClient } from './api/queryClient';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <KesuApp queryClient={createQueryClient()} />
  </StrictMode>,
);
